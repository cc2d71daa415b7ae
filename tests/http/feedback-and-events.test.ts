import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bearer,
  insertCourse,
  insertRow,
  insertSession,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
let accounts = 0;
const anEmail = () => `feedback-events-http-${(accounts += 1)}@example.org`;

describe(`feedback and the event log (${kind})`, () => {
  let t: TestApplication;
  let user: SignedInUser;
  let sessionId: string;
  let resourceId: string;
  const sql = <T = Record<string, unknown>>(query: string): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query);
  const post = (path: string, body: unknown, token = user.token) =>
    t.app.request(`/api/v1${path}`, jsonRequest('POST', body, bearer(token)));

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    user = await signedInUser(t.database.orm, anEmail());
    const course = await insertCourse(t.database.orm, { name: 'Healing' });
    sessionId = await insertSession(t.database.orm, {
      name: 'Grounding',
      course_id: course,
      status: 'deleted',
    });
    resourceId = await insertRow(t.database.orm, 'resource', {
      name: 'A short',
      slug: 'shorts/a-short',
      status: 'unpublished',
      category: 'short_video',
    });
  });

  it('stores anonymous session feedback, on content of any status, with the description cleaned', async () => {
    const res = await post('/session-feedback', {
      sessionId: sessionId.toUpperCase(),
      feedbackTags: 'too long',
      feedbackDescription: '  Helpful\u0007 but\tlong\n\u001b ',
      userId: user.userId,
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: expect.any(String),
      sessionId,
      feedbackTags: 'too long',
      feedbackDescription: 'Helpful but\tlong',
      createdAt: expect.any(String),
    });
    const rows = await sql(`select * from session_feedback`);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {})).not.toContain('user_id');
    // Every submission is a new row; no description means ''.
    expect((await post('/session-feedback', { sessionId, feedbackTags: 'useful' })).status).toBe(201);
    expect(await sql(`select feedback_description from session_feedback order by created_at`)).toEqual([
      { feedback_description: 'Helpful but\tlong' },
      { feedback_description: '' },
    ]);
  });

  it('stores resource feedback; unknown ids answer 404 with their own code', async () => {
    const res = await post('/resource-feedback', { resourceId, feedbackTags: 'relatable' });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ resourceId, feedbackTags: 'relatable', feedbackDescription: '' });
    const missingResource = await post('/resource-feedback', {
      resourceId: '00000000-0000-4000-8000-000000000099',
      feedbackTags: 'useful',
    });
    expect([missingResource.status, (await json(missingResource)).message]).toEqual([
      404,
      'RESOURCE_NOT_FOUND',
    ]);
    const missingSession = await post('/session-feedback', {
      sessionId: '00000000-0000-4000-8000-000000000099',
      feedbackTags: 'useful',
    });
    expect([missingSession.status, (await json(missingSession)).message]).toEqual([404, 'SESSION_NOT_FOUND']);
  });

  it('refuses unknown tags and descriptions over 5000 characters (counted after cleaning), quoting neither', async () => {
    const secret = 'my private words '.repeat(300);
    const cases = [
      { sessionId, feedbackTags: 'boring' },
      { sessionId, feedbackTags: ['useful'] },
      { sessionId, feedbackTags: 'useful', feedbackDescription: secret },
      { sessionId: 'not-a-uuid', feedbackTags: 'useful' },
    ];
    for (const body of cases) {
      const res = await post('/session-feedback', body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).message).toBe('VALIDATION_FAILED');
      expect(text).not.toContain('private words');
    }
    // 5000 code points (astral characters count once) plus stripped control characters fit.
    const fits = '😀'.repeat(5000) + '\u0001'.repeat(10);
    expect(
      (await post('/session-feedback', { sessionId, feedbackTags: 'useful', feedbackDescription: fits }))
        .status,
    ).toBe(201);
    expect(await sql(`select count(*)::int as n from session_feedback`)).toEqual([{ n: 1 }]);
  });

  it('logs events with the server’s user and date; titles trimmed and cut to 255 code points', async () => {
    const long = `  ${'é'.repeat(300)}  `;
    const res = await post('/event-logger', {
      event: 'GROUNDING_EXERCISE_STARTED',
      metadata: { title: long, other: 'dropped' },
      userId: '00000000-0000-4000-8000-000000000099',
      date: '2001-01-01T00:00:00Z',
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: expect.any(String),
      userId: user.userId,
      event: 'GROUNDING_EXERCISE_STARTED',
      date: expect.any(String),
      metadata: { title: 'é'.repeat(255) },
      createdAt: body.date,
      updatedAt: body.date,
    });
    expect(Date.now() - Date.parse(body.date)).toBeLessThan(60_000);
    const plain = await json(await post('/event-logger', { event: 'LOGGED_IN' }));
    expect(plain.metadata).toEqual({});
    const [row] = await sql<{ metadata: unknown; user_id: string }>(
      `select metadata, user_id from event_log where id = '${plain.id}'`,
    );
    expect(row).toEqual({ metadata: {}, user_id: user.userId });
  });

  it('refuses server-written and unknown events, and a non-string title', async () => {
    for (const body of [
      { event: 'CHAT_MESSAGE_SENT' },
      { event: 'logged_in' },
      { event: 'LOGGED_OUT', metadata: { title: 42 } },
      { event: 'LOGGED_OUT', metadata: { title: null } },
    ]) {
      const res = await post('/event-logger', body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    }
    expect(await sql(`select count(*)::int as n from event_log`)).toEqual([{ n: 0 }]);
  });

  it('needs a signed-in user', async () => {
    for (const path of ['/event-logger', '/session-feedback', '/resource-feedback']) {
      const res = await t.app.request(`/api/v1${path}`, jsonRequest('POST', {}));
      expect(res.status).toBe(401);
    }
  });
});
