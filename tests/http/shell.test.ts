import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, jsonResponse } from '../../src/adapters/http/openapi.js';
import { DatabaseHealth } from '../../src/domain/shared/database-health.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const echo = createRoute({
  method: 'post',
  path: '/echo',
  request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().max(5) }) } } } },
  responses: { 201: jsonResponse(z.object({ name: z.string() }), 'Echoed') },
});

describe('the HTTP shell', () => {
  let t: TestApplication;
  let reachable = true;

  beforeAll(async () => {
    t = await createTestApplication({
      override: (container) => {
        const real = container.resolve<DatabaseHealth>(DatabaseHealth);
        container.register(DatabaseHealth, {
          useValue: { isReachable: () => (reachable ? real.isReachable() : Promise.resolve(false)) },
        });
      },
    });
    // A route with a JSON body, mounted only here, to exercise the shared validation hook.
    t.app.route(
      '/api/test',
      createRouter().openapi(echo, (c) => c.json(c.req.valid('json'), 201)),
    );
  });
  afterAll(() => t.close());

  it('answers ping with a request id', async () => {
    const res = await t.app.request('/api/ping');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });

  it('answers database ping 200 when the database answers, 503 when it does not', async () => {
    const up = await t.app.request('/api/ping/database');
    expect(up.status).toBe(200);
    expect(await json(up)).toEqual({ status: 'ok' });
    reachable = false;
    try {
      const down = await t.app.request('/api/ping/database');
      expect(down.status).toBe(503);
      expect(await json(down)).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'DATABASE_UNAVAILABLE',
      });
    } finally {
      reachable = true;
    }
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED and issues', async () => {
    const res = await t.app.request('/api/test/echo', jsonRequest('POST', '{"name": '));
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'VALIDATION_FAILED' });
    expect(body.issues).toHaveLength(1);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers wrong types with 400 VALIDATION_FAILED naming the field', async () => {
    const res = await t.app.request('/api/test/echo', jsonRequest('POST', { name: 42 }));
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.message).toBe('VALIDATION_FAILED');
    expect(body.issues[0].path).toBe('name');
  });

  it('refuses NUL characters in a body or a URL with 400 (PostgreSQL cannot store them)', async () => {
    const escaped = await t.app.request('/api/test/echo', jsonRequest('POST', '{"name":"a\\u0000"}'));
    expect(escaped.status).toBe(400);
    expect((await json(escaped)).message).toBe('VALIDATION_FAILED');
    const raw = await t.app.request('/api/test/echo', jsonRequest('POST', '{"name":"a\u0000"}'));
    expect(raw.status).toBe(400);
    const inPath = await t.app.request('/api/v1/partner/A%00B');
    expect(inPath.status).toBe(400);
    const clean = await t.app.request('/api/test/echo', jsonRequest('POST', { name: 'abc' }));
    expect(clean.status).toBe(201);
    expect(await json(clean)).toEqual({ name: 'abc' });
  });

  it('refuses a NUL character escaped inside a JSON query parameter with 400', async () => {
    const criteria = encodeURIComponent(JSON.stringify({ email: 'a\u0000' }));
    const res = await t.app.request(`/api/v1/user?searchCriteria=${criteria}`);
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBe('VALIDATION_FAILED');
  });

  it('answers a body that is not declared as JSON with 400 VALIDATION_FAILED', async () => {
    const res = await t.app.request('/api/test/echo', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ name: 'abc' }),
    });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.message).toBe('VALIDATION_FAILED');
    expect(body.issues).toEqual([{ path: '', message: expect.stringContaining('application/json') }]);
  });

  it('answers an unknown route with the 404 envelope', async () => {
    const res = await t.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ statusCode: 404, error: 'Not Found', message: 'NOT_FOUND' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers a 2 MiB body with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    const res = await t.app.request('/api/test/echo', jsonRequest('POST', big));
    expect(res.status).toBe(413);
    expect(await json(res)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'PAYLOAD_TOO_LARGE',
    });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('serves the OpenAPI 3.1 document and an offline docs page', async () => {
    const doc = await json(await t.app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/ping/database');

    const page = await t.app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await t.app.request('/api/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});
