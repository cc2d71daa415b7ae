import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aCourseWithSessions } from '../builders/course-scene.builder.js';
import { bearer, insertCourse, insertSession, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { statementsDuring } from '../support/statement-counter.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';

/** GET /api/v1/courses-user (SPEC 12.1): the profile's `courses`, on their own. */
describe(`GET /api/v1/courses-user (${kind})`, () => {
  let t: TestApplication;
  let me: SignedInUser;
  let n = 0;
  const progress = (path: string, storyblokId: number, user = me) =>
    t.app.request(`/api/v1/session-user${path}`, jsonRequest('POST', { storyblokId }, bearer(user.token)));
  const coursesUser = (user = me) => t.app.request('/api/v1/courses-user', { headers: bearer(user.token) });

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    n += 1;
    me = await signedInUser(t.database.orm, `courses-user-${n}@example.org`);
  });

  it('lists the started courses with their started sessions, as GET /me does, in one query', async () => {
    const orm = t.database.orm;
    await aCourseWithSessions(orm);
    const later = await insertCourse(orm, {
      name: 'Later',
      storyblok_id: 1002,
      storyblok_uuid: 'later-uuid',
      status: 'unpublished',
    });
    await insertSession(orm, {
      name: 'Later 1',
      course_id: later,
      storyblok_id: 2101,
      storyblok_uuid: 'later-1',
    });
    expect((await progress('/complete', 2002)).status).toBe(201);
    expect((await progress('', 2101)).status).toBe(201);
    expect((await progress('/complete', 2001)).status).toBe(201);

    let courses: {
      storyblokUuid: string;
      status: string;
      completed: boolean;
      sessions: { storyblokUuid: string; completed: boolean }[];
    }[] = [];
    const statements = await statementsDuring(orm, async () => {
      const res = await coursesUser();
      expect(res.status).toBe(200);
      courses = await json(res);
    });
    // The caller (authentication) and the progress read model: one query however much was started.
    expect(statements).toHaveLength(2);
    expect(courses.map((c) => [c.storyblokUuid, c.status, c.completed])).toEqual([
      ['course-uuid', 'published', true],
      ['later-uuid', 'unpublished', false],
    ]);
    expect(courses[0]?.sessions.map((s) => [s.storyblokUuid, s.completed])).toEqual([
      ['session-uuid-2', true],
      ['session-uuid-1', true],
    ]);
    const profile = await json(await t.app.request('/api/v1/user/me', { headers: bearer(me.token) }));
    expect(profile.courses).toEqual(courses);
  });

  it('answers [] for a user who started nothing, only their own progress, and 401 without a token', async () => {
    await aCourseWithSessions(t.database.orm);
    const other = await signedInUser(t.database.orm, `courses-user-other-${n}@example.org`);
    expect((await progress('', 2001, other)).status).toBe(201);
    expect(await json(await coursesUser())).toEqual([]);
    expect(await json(await coursesUser(other))).toHaveLength(1);
    const anonymous = await t.app.request('/api/v1/courses-user');
    expect(anonymous.status).toBe(401);
  });
});
