import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPartner, insertPartnerAccess, signedInUser, bearer } from '../../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../../support/test-app.js';

/** What @hono/node-server passes as the env: the request's socket. */
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const VALID = 'HHHHHH';

/**
 * Access-code guessing spread over many addresses (issue 15): a global budget of failed
 * attempts, an IPv6 /48 budget beside the /64 one, and a per-account budget on assign.
 */
describe('access-code budgets across clients', () => {
  let t: TestApplication;
  let partnerId: string;

  const validate = (
    app: TestApplication,
    ip: string,
    code = 'ZZZZZZ',
    headers: Record<string, string> = {},
  ) =>
    app.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: code }, headers),
      fromSocket(ip),
    );
  const expectTooMany = async (res: Response) => {
    expect(res.status).toBe(429);
    expect(await json(res)).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'TOO_MANY_REQUESTS',
    });
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
  };

  describe('a global budget of failed attempts', () => {
    beforeAll(async () => {
      t = await createTestApplication({
        env: { ACCESS_CODE_RATE_LIMIT: '100', ACCESS_CODE_FAILURE_LIMIT: '3' },
      });
      partnerId = await insertPartner(t.database.orm, { name: 'Bumble' });
      await insertPartnerAccess(t.database.orm, { partner_id: partnerId, access_code: VALID });
    });
    afterAll(() => t.close());

    it('counts failures from every address together; successes are not counted; then everyone waits', async () => {
      expect((await validate(t, '198.51.100.1', VALID)).status).toBe(201);
      for (const ip of ['198.51.100.1', '198.51.100.2']) expect((await validate(t, ip)).status).toBe(400);
      // Successes do not use up the budget…
      expect((await validate(t, '198.51.100.3', VALID)).status).toBe(201);
      expect((await validate(t, '2001:db8:9::1')).status).toBe(400);
      // …but three failures anywhere spend it: every address now waits, even with a right code
      // (a guess must not be tested while the budget is spent).
      await expectTooMany(await validate(t, '203.0.113.50'));
      await expectTooMany(await validate(t, '203.0.113.51', VALID));
      // Requests without a code are not affected.
      const ping = await t.app.request('/api/ping', {}, fromSocket('203.0.113.52'));
      expect(ping.status).toBe(200);
    });
  });

  describe('an IPv6 /48 budget beside the /64 one', () => {
    beforeAll(async () => {
      t = await createTestApplication({ env: { ACCESS_CODE_RATE_LIMIT: '2' } });
    });
    afterAll(() => t.close());

    it('gives a /48 four client budgets, whatever /64s the attempts come from', async () => {
      // Eight attempts from eight /64s of 2001:db8:aaaa::/48: each /64 is within its own budget.
      for (let net = 1; net <= 8; net += 1)
        expect((await validate(t, `2001:db8:aaaa:${net.toString(16)}::1`)).status).toBe(400);
      await expectTooMany(await validate(t, '2001:db8:aaaa:ff::1'));
      // Another /48 has its own.
      expect((await validate(t, '2001:db8:bbbb:1::1')).status).toBe(400);
      // IPv4 addresses have no /48: only their own budget.
      for (let i = 0; i < 2; i += 1) expect((await validate(t, '192.0.2.77')).status).toBe(400);
      await expectTooMany(await validate(t, '192.0.2.77'));
    });
  });

  describe('a per-account budget on assign', () => {
    let token: string;
    beforeAll(async () => {
      t = await createTestApplication({ env: { ACCESS_CODE_ACCOUNT_LIMIT: '3' } });
      token = (await signedInUser(t.database.orm, 'hardening-budget-account@example.com')).token;
    });
    afterAll(() => t.close());

    it('refuses the account its fourth attempt within the hour, from any address', async () => {
      const assign = (ip: string) =>
        t.app.request(
          '/api/v1/partner-access/assign',
          jsonRequest('POST', { partnerAccessCode: 'ZZZZZZ' }, bearer(token)),
          fromSocket(ip),
        );
      for (const ip of ['198.51.100.10', '198.51.100.11', '198.51.100.12'])
        expect((await assign(ip)).status).toBe(400);
      const limited = await assign('198.51.100.13');
      await expectTooMany(limited);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60);
      // Validate (no account) from a fresh address is still open.
      expect((await validate(t, '198.51.100.14')).status).toBe(400);
    });
  });
});
