import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApplication, jsonRequest, type TestApplication } from '../support/test-app.js';

/**
 * The headers every answer carries (request id, security, CORS, the global budget's). The edge
 * writes them straight onto Node's response under @hono/node-server and through hono's
 * `c.header()` otherwise (middleware/response-headers.ts): both must give the same heads.
 */
const SECURITY = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
/** Written by Node's server itself, or varying by request. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
const VARYING = new Set(['x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after']);

function head(res: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!TRANSPORT.has(name)) headers[name] = VARYING.has(name) ? '<varies>' : value;
  });
  return headers;
}

const REQUESTS: [string, RequestInit][] = [
  ['/api/ping', {}],
  ['/api/ping', { headers: { origin: 'https://app.example.org' } }],
  ['/api/nope', {}],
  ['/api/ping%00', {}],
  ['/api/v1/user/me', {}],
  ['/api/v1/partner-access/validate-code', jsonRequest('POST', '{"partnerAccessCode":')],
  ['/api/v1/partner-access/validate-code', jsonRequest('POST', 'x'.repeat(1_100_000))],
  [
    '/api/v1/user/me',
    {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'GET' },
    },
  ],
];

describe.each<{ name: string; env: Record<string, string> }>([
  { name: 'any origin', env: {} },
  {
    name: 'an origin list, over the budget',
    env: { CORS_ORIGINS: 'https://app.example.org', RATE_LIMIT: '2' },
  },
])('edge headers ($name)', ({ env }) => {
  let inProcess: TestApplication;
  let served: TestApplication;
  let server: ServerType;
  let base = '';

  beforeAll(async () => {
    // Two applications with their own budgets, so both see the same counts.
    inProcess = await createTestApplication({ env });
    served = await createTestApplication({ env });
    server = serve({ fetch: served.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((listening) => server.once('listening', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
    await inProcess.close();
    await served.close();
  });

  it('the real server sends what app.request() answers, headers and status alike', async () => {
    for (const [path, init] of REQUESTS) {
      const expected = await inProcess.app.request(path, init);
      const actual = await fetch(`${base}${path}`, init);
      expect({ path, status: actual.status, head: head(actual) }).toEqual({
        path,
        status: expected.status,
        head: head(expected),
      });
    }
  });

  it('every answer carries the request id and the security headers', async () => {
    for (const [path, init] of REQUESTS) {
      const res = await fetch(`${base}${path}`, init);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(head(res)).toMatchObject(SECURITY);
    }
  });
});

describe('edge headers of a ping', () => {
  let t: TestApplication;
  beforeAll(async () => {
    t = await createTestApplication();
  });
  afterAll(() => t.close());

  it('are exactly these', async () => {
    const res = await t.app.request('/api/ping');
    expect(head(res)).toEqual({
      ...SECURITY,
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'x-request-id,Retry-After',
      'content-type': 'application/json',
      'ratelimit-limit': '1000000',
      'ratelimit-policy': '1000000;w=60',
      'ratelimit-remaining': '<varies>',
      'ratelimit-reset': '<varies>',
      'x-request-id': '<varies>',
    });
  });
});
