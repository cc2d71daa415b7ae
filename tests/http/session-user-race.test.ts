import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SessionUserRepository } from '../../src/domain/progress/progress-repositories.js';
import { aCourseWithSessions, countRows } from '../builders/course-scene.builder.js';
import { bearer, insertCourse, signedInUser } from '../support/fixtures.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { createTestApplication, jsonRequest, type TestApplication } from '../support/test-app.js';

const URL = '/api/v1/session-user';
// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `session-user-race-${what}-${(accounts += 1)}@example.org`;

/**
 * Holds the first of two racing progress calls just after its findForUser, until the second's
 * findForUser has answered (or 500 ms, when the second is waiting for the first's lock).
 */
interface HeldRace {
  calls: number;
  firstIn: PromiseWithResolvers<void>;
  secondFound: PromiseWithResolvers<void>;
}

function holdingFinds(inner: SessionUserRepository, race: () => HeldRace | null): SessionUserRepository {
  return {
    findForUser: async (userId, sessionId) => {
      const held = race();
      if (!held) return inner.findForUser(userId, sessionId);
      const call = (held.calls += 1);
      if (call === 1) held.firstIn.resolve();
      const found = await inner.findForUser(userId, sessionId);
      if (call === 2) held.secondFound.resolve();
      if (call === 1) await Promise.race([held.secondFound.promise, sleep(500)]);
      return found;
    },
    ensure: (...args) => inner.ensure(...args),
    save: (row) => inner.save(row),
    tally: (userId, courseId) => inner.tally(userId, courseId),
  };
}

const RACES = `${URL} races (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  let t: TestApplication;
  let scene: Awaited<ReturnType<typeof aCourseWithSessions>>;
  let race: HeldRace | null = null;

  beforeAll(async () => {
    t = await createTestApplication({
      kind: 'postgres',
      override: (container) => {
        const inner = container.resolve<SessionUserRepository>(SessionUserRepository);
        container.register(SessionUserRepository, { useValue: holdingFinds(inner, () => race) });
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

  it('a session moved between two concurrent calls still gets one session_user row', async () => {
    const user = await signedInUser(t.database.orm, anEmail('c'));
    const other = await insertCourse(t.database.orm, {
      name: 'Other',
      storyblok_id: 1002,
      storyblok_uuid: 'other-course-uuid',
    });
    const complete = (storyblokId = 2001) =>
      t.app.request(`${URL}/complete`, jsonRequest('POST', { storyblokId }, bearer(user.token)));
    // Session 2002 stays in the first course, so the first call still has that course to answer.
    expect((await complete(2002)).status).toBe(201);
    race = { calls: 0, firstIn: Promise.withResolvers(), secondFound: Promise.withResolvers() };

    // The first call saw the session under its old course; the move commits; the second sees the new one.
    const first = complete();
    await race.firstIn.promise;
    await t.database.orm.em
      .getConnection()
      .execute(`update session set course_id = ? where storyblok_id = 2001`, [other]);
    const second = complete();
    const statuses = (await Promise.all([first, second])).map((res) => res.status);
    race = null;

    expect(statuses).toEqual([201, 201]);
    expect(await countRows(t.database.orm, 'course_user')).toBe(2);
    const rows = await t.database.orm.em
      .getConnection()
      .execute(
        `select su.id from "session_user" su join session s on s.id = su.session_id where s.storyblok_id = 2001`,
      );
    expect(rows).toHaveLength(1);
  });
});
