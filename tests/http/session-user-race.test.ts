import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProgressRepository } from '../../src/domain/progress/progress-repositories.js';
import { aCourseWithSessions, countRows } from '../builders/course-scene.builder.js';
import { bearer, insertCourse, signedInUser } from '../support/fixtures.js';
import { waitForLockWaiters } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const URL = '/api/v1/session-user';
// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `session-user-race-${what}-${(accounts += 1)}@example.org`;

/** Holds progress calls just after they read their session's progress, until the test releases them. */
interface HeldCall {
  held: PromiseWithResolvers<void>;
  release: PromiseWithResolvers<void>;
}

function holdingReads(inner: ProgressRepository, hold: () => HeldCall | null): ProgressRepository {
  return {
    lockEnrolment: (...args) => inner.lockEnrolment(...args),
    openSession: async (...args) => {
      const opened = await inner.openSession(...args);
      const call = hold();
      call?.held.resolve();
      await call?.release.promise;
      return opened;
    },
    record: (...args) => inner.record(...args),
  };
}

const RACES = `${URL} races (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  let t: TestApplication;
  let scene: Awaited<ReturnType<typeof aCourseWithSessions>>;
  let hold: HeldCall | null = null;

  beforeAll(async () => {
    t = await createTestApplication({
      kind: 'postgres',
      override: (container) => {
        const inner = container.resolve<ProgressRepository>(ProgressRepository);
        container.register(ProgressRepository, { useValue: holdingReads(inner, () => hold) });
      },
    });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    scene = await aCourseWithSessions(t.database.orm);
  });

  it('20 concurrent starts and completions of one session all succeed and write one row each', async () => {
    const user = await signedInUser(t.database.orm, anEmail('a'));
    const calls = Array.from({ length: 20 }, (_, i) =>
      t.app.request(
        `${URL}${i % 2 ? '/complete' : ''}`,
        jsonRequest('POST', { storyblokId: 2001 }, bearer(user.token)),
      ),
    );
    const statuses = (await Promise.all(calls)).map((res) => res.status);
    expect(statuses).toEqual(Array(20).fill(201));
    expect(await countRows(t.database.orm, 'course_user')).toBe(1);
    expect(await countRows(t.database.orm, 'session_user')).toBe(1);
    const [row] = await t.database.orm.em.getConnection().execute(`select completed from "session_user"`);
    expect(row.completed).toBe(true);
  });

  it('completing the last two sessions at once completes the course, round after round', async () => {
    const user = await signedInUser(t.database.orm, anEmail('b'));
    const call = (path: string, storyblokId: number) =>
      t.app.request(`${URL}${path}`, jsonRequest('POST', { storyblokId }, bearer(user.token)));
    // The course_user row exists before the race, so only its row lock orders the two calls.
    expect((await call('', 2001)).status).toBe(201);
    for (let round = 0; round < 5; round += 1) {
      const both = await Promise.all([call('/complete', 2001), call('/complete', 2002)]);
      expect(both.map((res) => res.status)).toEqual([201, 201]);
      const [course] = await t.database.orm.em
        .getConnection()
        .execute(`select completed, completed_at from course_user where course_id = ?`, [scene.courseId]);
      expect(course.completed).toBe(true);
      expect(course.completed_at).not.toBeNull();
      for (const storyblokId of [2001, 2002])
        expect((await call('/incomplete', storyblokId)).status).toBe(201);
    }
  });

  it('a move waits for a call in flight; the next call follows the session to its one row', async () => {
    const user = await signedInUser(t.database.orm, anEmail('c'));
    const other = await insertCourse(t.database.orm, {
      name: 'Other',
      storyblok_id: 1002,
      storyblok_uuid: 'other-course-uuid',
    });
    const complete = () =>
      t.app.request(`${URL}/complete`, jsonRequest('POST', { storyblokId: 2001 }, bearer(user.token)));
    const call: HeldCall = { held: Promise.withResolvers(), release: Promise.withResolvers() };

    // The first call is held mid-way while a move of its session, on a connection of its own,
    // queues on the session row; released, the call answers for the course it started in.
    hold = call;
    const first = complete();
    await call.held.promise;
    hold = null;
    const mover = new pg.Client({ connectionString: t.database.url ?? undefined });
    await mover.connect();
    try {
      const move = mover.query(`update session set course_id = $1 where storyblok_id = 2001`, [other]);
      await Promise.race([move, waitForLockWaiters(t.database)]);
      call.release.resolve();
      const [answered] = await Promise.all([first, move]);
      expect(answered.status).toBe(201);
      expect((await json(answered)).id).toBe(scene.courseId);
    } finally {
      call.release.resolve();
      await mover.end();
    }

    const second = await complete();
    expect(second.status).toBe(201);
    expect((await json(second)).id).toBe(other);
    expect(await countRows(t.database.orm, 'course_user')).toBe(2);
    const rows = await t.database.orm.em
      .getConnection()
      .execute(
        `select su.id from "session_user" su join session s on s.id = su.session_id where s.storyblok_id = 2001`,
      );
    expect(rows).toHaveLength(1);
  });
});
