import { beforeEach, describe, expect, it } from 'vitest';
import { aCourseWithSessions } from '../builders/course-scene.builder.js';
import { bearer, insertCourse, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { whileHoldingRowLocks } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `progress-move-race-${what}-${(accounts += 1)}@example.org`;

const RACES = `progress racing a session move (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const t = useTestApplication({ kind: 'postgres' });
  let user: SignedInUser;
  let otherCourse: string;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);

  beforeEach(async () => {
    await t.database.reset();
    await aCourseWithSessions(t.database.orm);
    otherCourse = await insertCourse(t.database.orm, {
      name: 'Other',
      storyblok_id: 1002,
      storyblok_uuid: 'other-course-uuid',
    });
    user = await signedInUser(t.database.orm, anEmail('user'));
  });

  it('a completion racing a move of its session answers 201 with the course the session moved to', async () => {
    // A `moved` delivery re-parenting session 2001, on a connection of its own (outside the app's
    // async context), committed once the completion queues on the session row. FOR UPDATE also
    // stops a call that read the session unlocked at its session_user insert (the foreign key
    // check), so without the share lock the move would commit between its read and its answer.
    const res = await whileHoldingRowLocks(
      t.database,
      async (move) => {
        await move.query(`select id from session where storyblok_id = 2001 for update`);
        await move.query(`update session set course_id = $1, updated_at = now() where storyblok_id = 2001`, [
          otherCourse,
        ]);
      },
      () =>
        t.app.request(
          '/api/v1/session-user/complete',
          jsonRequest('POST', { storyblokId: 2001 }, bearer(user.token)),
        ),
    );

    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toMatchObject({ id: otherCourse, storyblokId: 1002, completed: true });
    expect(body.sessions).toEqual([expect.objectContaining({ storyblokId: 2001, completed: true })]);
    expect(await sql(`select course_id, completed from course_user`)).toEqual([
      { course_id: otherCourse, completed: true },
    ]);
  });
});
