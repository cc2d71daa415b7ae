import type { MikroORM } from '@mikro-orm/core';
import { insertCourse, insertSession } from '../support/fixtures.js';

/**
 * A course (storyblok 1001, uuid `course-uuid`) with two published sessions (2001, 2002,
 * uuids `session-uuid-1`/`-2`) and an unpublished one (2003), written straight into the database.
 */
export async function aCourseWithSessions(orm: MikroORM): Promise<{ courseId: string; sessions: string[] }> {
  const courseId = await insertCourse(orm, {
    name: 'Healing',
    storyblok_id: 1001,
    storyblok_uuid: 'course-uuid',
  });
  const sessions: string[] = [];
  for (const [n, status] of [
    [1, 'published'],
    [2, 'published'],
    [3, 'unpublished'],
  ] as const) {
    sessions.push(
      await insertSession(orm, {
        name: `Session ${n}`,
        course_id: courseId,
        storyblok_id: 2000 + n,
        storyblok_uuid: `session-uuid-${n}`,
        status,
        created_at: new Date(Date.UTC(2026, 0, n)),
      }),
    );
  }
  return { courseId, sessions };
}

export async function countRows(orm: MikroORM, table: string): Promise<number> {
  const rows: { n: string }[] = await orm.em.getConnection().execute(`select count(*) as n from "${table}"`);
  return Number(rows[0]?.n ?? 0);
}
