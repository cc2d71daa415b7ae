import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aCourseWithSessions, countRows } from '../builders/course-scene.builder.js';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const URL = '/api/v1/session-user';
// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `session-user-${what}-${(accounts += 1)}@example.org`;

describe(`${URL} on ${databaseKinds.at(-1)}`, () => {
  let t: TestApplication;
  let user: SignedInUser;
  let scene: Awaited<ReturnType<typeof aCourseWithSessions>>;
  const post = (path: string, body: unknown, token = user.token) =>
    t.app.request(`${URL}${path}`, jsonRequest('POST', body, bearer(token)));

  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1) });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    user = await signedInUser(t.database.orm, anEmail('http'));
    scene = await aCourseWithSessions(t.database.orm);
  });

  it('starts a session and answers 201 with the course progress', async () => {
    const res = await post('', { storyblokId: 2001 });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: scene.courseId,
      name: 'Healing',
      slug: 'courses/healing',
      status: 'published',
      storyblokId: 1001,
      storyblokUuid: 'course-uuid',
      completed: false,
      completedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      sessions: [
        {
          id: scene.sessions[0],
          name: 'Session 1',
          slug: 'sessions/session-1',
          status: 'published',
          storyblokId: 2001,
          storyblokUuid: 'session-uuid-1',
          completed: false,
          completedAt: null,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ],
    });
    expect(await countRows(t.database.orm, 'profile_sync_job')).toBe(1);
  });

  it('completes the course when both published sessions are completed, and incomplete reverts it', async () => {
    await post('/complete', { storyblokId: 2001 });
    const done = await json(await post('/complete', { storyblokUuid: 'session-uuid-2' }));
    expect(done).toMatchObject({ completed: true, completedAt: expect.any(String) });
    expect(done.sessions.map((s: { completed: boolean }) => s.completed)).toEqual([true, true]);

    const undone = await post('/incomplete', { storyblokId: 2002 });
    expect(undone.status).toBe(201);
    expect(await json(undone)).toMatchObject({ completed: false, completedAt: null });
    expect(await countRows(t.database.orm, 'course_user')).toBe(1);
    expect(await countRows(t.database.orm, 'session_user')).toBe(2);
  });

  it('answers 404 SESSION_NOT_FOUND for unknown and unpublished sessions; incomplete accepts an unpublished one', async () => {
    for (const [path, body] of [
      ['', { storyblokId: 9999 }],
      ['/complete', { storyblokUuid: 'nothing' }],
      ['', { storyblokId: 2003 }],
      ['/complete', { storyblokId: 2003 }],
    ] as const) {
      const res = await post(path, body);
      expect(res.status).toBe(404);
      expect(await json(res)).toEqual({ statusCode: 404, error: 'Not Found', message: 'SESSION_NOT_FOUND' });
    }
    expect(await countRows(t.database.orm, 'course_user')).toBe(0);
    expect((await post('/incomplete', { storyblokId: 2003 })).status).toBe(201);
  });

  it('answers 400 VALIDATION_FAILED for both, neither or malformed ids, and 401 without a token, writing nothing', async () => {
    for (const body of [
      {},
      { storyblokId: 2001, storyblokUuid: 'session-uuid-1' },
      { storyblokId: '2001' },
      { storyblokId: 1.5 },
      '{oops',
    ]) {
      const res = await post('/complete', body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    }
    const anonymous = await t.app.request(`${URL}/complete`, jsonRequest('POST', { storyblokId: 2001 }));
    expect(anonymous.status).toBe(401);
    expect(await countRows(t.database.orm, 'course_user')).toBe(0);
    expect(await countRows(t.database.orm, 'profile_sync_job')).toBe(0);
  });

  it('documents the progress routes and the Storyblok webhook in the OpenAPI document', async () => {
    const doc = await json(await t.app.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([URL, `${URL}/complete`, `${URL}/incomplete`, '/api/webhooks/storyblok']),
    );
  });
});
