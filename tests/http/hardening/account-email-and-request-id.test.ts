import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, insertUser, signedInUser } from '../../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../../support/test-app.js';

/** What @hono/node-server passes as the env: the request's socket. */
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const TAKEN = 'hardening-taken@example.com';

/**
 * Account enumeration (issue 15): sign-up and email change answer 409 for a registered email,
 * so they share one low per-client budget, ACCOUNT_EMAIL_RATE_LIMIT per hour.
 */
describe('the sign-up and email-change budget', () => {
  let t: TestApplication;
  let token: string;
  const signUp = (ip: string) =>
    t.app.request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: 'Sam',
        email: TAKEN,
        password: 'correct-horse-battery',
        contactPermission: false,
      }),
      fromSocket(ip),
    );
  const patch = (ip: string, body: unknown) =>
    t.app.request('/api/v1/user', jsonRequest('PATCH', body, bearer(token)), fromSocket(ip));

  beforeAll(async () => {
    t = await createTestApplication({ env: { ACCOUNT_EMAIL_RATE_LIMIT: '3' } });
    await insertUser(t.database.orm, { email: TAKEN });
    token = (await signedInUser(t.database.orm, 'hardening-email-budget@example.com')).token;
  });
  afterAll(() => t.close());

  it('counts sign-ups and email changes of one client together and refuses the attempt over the budget', async () => {
    expect((await signUp('198.51.100.20')).status).toBe(409);
    expect((await patch('198.51.100.20', { email: TAKEN })).status).toBe(409);
    // A change without an email tests no address and is not counted.
    expect((await patch('198.51.100.20', { name: 'Sam Renamed' })).status).toBe(200);
    expect((await signUp('198.51.100.20')).status).toBe(409);

    for (const refused of [await signUp('198.51.100.20'), await patch('198.51.100.20', { email: TAKEN })]) {
      expect(refused.status).toBe(429);
      expect(await json(refused)).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'TOO_MANY_REQUESTS',
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    }
    // Other changes by the same client, and other clients, go on.
    expect((await patch('198.51.100.20', { name: 'Sam Again' })).status).toBe(200);
    expect((await signUp('198.51.100.21')).status).toBe(409);
  });
});

/** Request ids (issue 15): made by the server; an inbound one only from a trusted proxy. */
describe('request ids', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const ping = (app: TestApplication, id: string) =>
    app.app.request('/api/ping', { headers: { 'x-request-id': id } }, fromSocket('198.51.100.30'));
  let direct: TestApplication;
  let proxied: TestApplication;

  beforeAll(async () => {
    direct = await createTestApplication();
    proxied = await createTestApplication({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('ignores an inbound x-request-id when no proxy is trusted', async () => {
    const res = await ping(direct, 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6');
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  it('keeps a trusted proxy’s id when it matches the pattern, and replaces any other', async () => {
    expect((await ping(proxied, 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6')).headers.get('x-request-id')).toBe(
      'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
    );
    for (const hostile of ['short', 'x'.repeat(65), 'id with spaces', 'a"}{"level":60', 'ünïcødé-0001'])
      expect((await ping(proxied, hostile)).headers.get('x-request-id')).toMatch(UUID);
  });
});
