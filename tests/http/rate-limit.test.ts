import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const kind = databaseKinds.at(-1);
/** What @hono/node-server passes as the env: the request's socket. */
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe(`rate limits (${kind})`, () => {
  let behindProxy: TestApplication;
  let direct: TestApplication;

  beforeAll(async () => {
    behindProxy = await createTestApplication({
      kind,
      env: { ACCESS_CODE_RATE_LIMIT: '3', RATE_LIMIT: '8', TRUST_PROXY: '1' },
    });
    direct = await createTestApplication({ kind: 'pglite', env: { ACCESS_CODE_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
  });

  const validate = (app: TestApplication, ip: string, code = 'ABCDEF') =>
    app.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: code }, { 'x-forwarded-for': `203.0.113.9, ${ip}` }),
      fromSocket('10.0.0.1'),
    );

  it('answers the attempt over ACCESS_CODE_RATE_LIMIT with 429 TOO_MANY_REQUESTS and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) expect((await validate(behindProxy, '198.51.100.1')).status).toBe(400);
    const limited = await validate(behindProxy, '198.51.100.1');
    expect(limited.status).toBe(429);
    expect(await json(limited)).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'TOO_MANY_REQUESTS',
    });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another client (the last X-Forwarded-For hop, one trusted proxy) has its own budget.
    expect((await validate(behindProxy, '198.51.100.2')).status).toBe(400);
  });

  it('shares one budget across validate-code, assign and sign-up, counting only requests with a code', async () => {
    const ip = '198.51.100.3';
    const headers = { 'x-forwarded-for': ip };
    const post = (path: string, body: unknown) =>
      behindProxy.app.request(path, jsonRequest('POST', body, headers), fromSocket('10.0.0.1'));
    expect((await post('/api/v1/partner-access/validate-code', { partnerAccessCode: 'ABCDEF' })).status).toBe(
      400,
    );
    expect((await post('/api/v1/partner-access/assign', { partnerAccessCode: 'ABCDEF' })).status).toBe(401);
    // No code: validation fails but the attempt is not counted.
    expect((await post('/api/v1/user', { partnerAccessCode: '  ' })).status).toBe(400);
    expect((await post('/api/v1/user', { partnerAccessCode: 'ABCDEF' })).status).toBe(400);
    expect((await post('/api/v1/partner-access/validate-code', { partnerAccessCode: 'ABCDEF' })).status).toBe(
      429,
    );
    expect((await post('/api/v1/user', { partnerAccessCode: 'ABCDEF' })).status).toBe(429);
  });

  it('limits every route to RATE_LIMIT requests per minute per client', async () => {
    const ping = () =>
      behindProxy.app.request(
        '/api/ping',
        { headers: { 'x-forwarded-for': '198.51.100.4' } },
        fromSocket('10.0.0.1'),
      );
    for (let i = 0; i < 8; i += 1) expect((await ping()).status).toBe(200);
    const limited = await ping();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });

  it('gives one budget to an IPv6 /64 network, and to an IPv4 address however it is written', async () => {
    for (let i = 1; i <= 3; i += 1)
      expect((await validate(behindProxy, `2001:db8:1:2::${i}`)).status).toBe(400);
    expect((await validate(behindProxy, '2001:0db8:0001:0002:ffff::9')).status).toBe(429);
    expect((await validate(behindProxy, '2001:db8:1:3::1')).status).toBe(400);

    for (let i = 0; i < 3; i += 1) expect((await validate(behindProxy, '198.51.100.77')).status).toBe(400);
    expect((await validate(behindProxy, '::ffff:198.51.100.77')).status).toBe(429);
  });

  it('without TRUST_PROXY keys on the socket address and ignores X-Forwarded-For', async () => {
    for (let i = 0; i < 3; i += 1) expect((await validate(direct, `192.0.2.${i}`)).status).toBe(400);
    expect((await validate(direct, '192.0.2.99')).status).toBe(429);
    const otherSocket = await direct.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: 'ABCDEF' }),
      fromSocket('10.0.0.2'),
    );
    expect(otherSocket.status).toBe(400);
  });
});
