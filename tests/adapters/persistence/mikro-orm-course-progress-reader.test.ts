import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroOrmCourseProgressReader } from '../../../src/adapters/persistence/mikro-orm/mikro-orm-course-progress-reader.js';
import type { CourseId, UserId } from '../../../src/domain/shared/ids.js';
import { insertCourse, insertRow, insertSession, insertUser } from '../../support/fixtures.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database.js';

/**
 * GET /me's progress statement on the real databases, every field of every view: the sessions
 * come back as JSON (issue 14), so this pins what the row-per-session read answered: microsecond
 * timestamps cut to the millisecond, bigint Storyblok ids as numbers, text as written, nulls.
 */
describe.each(databaseKinds)('MikroOrmCourseProgressReader on %s', (kind) => {
  let database: TestDatabase;
  let reader: MikroOrmCourseProgressReader;
  const ids = {} as Record<'user' | 'courseA' | 'courseB' | 'a1' | 'a2' | 'b1' | 'cuA', string>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const orm = database.orm;
    reader = new MikroOrmCourseProgressReader(orm.em.fork() as SqlEntityManager);
    ids.user = await insertUser(orm, { email: 'progress-reader@example.org' });
    ids.courseA = await insertCourse(orm, {
      name: 'Course "A" – été',
      storyblok_id: 9007199254740,
      storyblok_uuid: 'uuid-a',
    });
    ids.courseB = await insertCourse(orm, { name: 'Course B', status: 'unpublished' });
    ids.a1 = await insertSession(orm, { name: 'Séance \\ 1', course_id: ids.courseA, storyblok_id: 2001 });
    ids.a2 = await insertSession(orm, {
      name: 'Session A2',
      course_id: ids.courseA,
      status: 'deleted',
      storyblok_uuid: 'uuid-a2',
    });
    // Started under course A, then moved to course B (where the user has no course_user row).
    ids.b1 = await insertSession(orm, { name: 'Session B1', course_id: ids.courseB, storyblok_id: 3001 });
    ids.cuA = await insertRow(orm, 'course_user', {
      user_id: ids.user,
      course_id: ids.courseA,
      completed: true,
      completed_at: '2026-01-05T08:00:00.999999Z',
      created_at: '2026-01-02T10:00:00.123999Z',
      updated_at: '2026-01-05T08:00:00.999999Z',
    });
    await insertRow(orm, 'session_user', {
      course_user_id: ids.cuA,
      session_id: ids.a2,
      completed: false,
      created_at: '2026-01-03T00:00:00.000500Z',
      updated_at: '2026-01-03T00:00:01Z',
    });
    await insertRow(orm, 'session_user', {
      course_user_id: ids.cuA,
      session_id: ids.a1,
      completed: true,
      completed_at: '2026-01-04T12:30:45.678901Z',
      created_at: '2026-01-02T10:00:00.123456Z',
      updated_at: '2026-01-04T12:30:45.678901Z',
    });
    await insertRow(orm, 'session_user', {
      course_user_id: ids.cuA,
      session_id: ids.b1,
      completed: false,
      created_at: '2026-01-06T00:00:00.1Z',
      updated_at: '2026-01-07T00:00:00.25Z',
    });
  });

  afterAll(async () => {
    await database?.close();
  });

  const courseA = () => ({
    id: ids.courseA,
    name: 'Course "A" – été',
    slug: 'courses/course-a-t-',
    status: 'published',
    storyblokId: 9007199254740,
    storyblokUuid: 'uuid-a',
    completed: true,
    completedAt: new Date('2026-01-05T08:00:00.999Z'),
    createdAt: new Date('2026-01-02T10:00:00.123Z'),
    updatedAt: new Date('2026-01-05T08:00:00.999Z'),
    sessions: [
      {
        id: ids.a1,
        name: 'Séance \\ 1',
        slug: 'sessions/s-ance-1',
        status: 'published',
        storyblokId: 2001,
        storyblokUuid: null,
        completed: true,
        completedAt: new Date('2026-01-04T12:30:45.678Z'),
        createdAt: new Date('2026-01-02T10:00:00.123Z'),
        updatedAt: new Date('2026-01-04T12:30:45.678Z'),
      },
      {
        id: ids.a2,
        name: 'Session A2',
        slug: 'sessions/session-a2',
        status: 'deleted',
        storyblokId: null,
        storyblokUuid: 'uuid-a2',
        completed: false,
        completedAt: null,
        createdAt: new Date('2026-01-03T00:00:00.000Z'),
        updatedAt: new Date('2026-01-03T00:00:01.000Z'),
      },
    ],
  });

  it('reads every field of every started course and session, in order', async () => {
    expect(await reader.forUser(ids.user as UserId)).toEqual([
      courseA(),
      {
        id: ids.courseB,
        name: 'Course B',
        slug: 'courses/course-b',
        status: 'unpublished',
        storyblokId: null,
        storyblokUuid: null,
        // No course_user row: not completed, timestamps from its first started session.
        completed: false,
        completedAt: null,
        createdAt: new Date('2026-01-06T00:00:00.100Z'),
        updatedAt: new Date('2026-01-07T00:00:00.250Z'),
        sessions: [
          {
            id: ids.b1,
            name: 'Session B1',
            slug: 'sessions/session-b1',
            status: 'published',
            storyblokId: 3001,
            storyblokUuid: null,
            completed: false,
            completedAt: null,
            createdAt: new Date('2026-01-06T00:00:00.100Z'),
            updatedAt: new Date('2026-01-07T00:00:00.250Z'),
          },
        ],
      },
    ]);
  });

  it('reads one course when asked, and nothing for someone else', async () => {
    expect(await reader.forUser(ids.user as UserId, ids.courseA as CourseId)).toEqual([courseA()]);
    const other = await insertUser(database.orm, { email: 'progress-reader-other@example.org' });
    expect(await reader.forUser(other as UserId)).toEqual([]);
  });
});
