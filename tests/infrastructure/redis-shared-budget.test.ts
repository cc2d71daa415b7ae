import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { createClient } from '@redis/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { freePort, startServer, waitForPing } from '../support/server-process.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const REDIS_HOST = '127.0.0.1';
const REDIS_PORT = 6379;

/** Deletes this test's keys only (never FLUSHALL: the Redis is the machine's). */
async function deleteKeys(prefix: string): Promise<void> {
  const client = createClient({ url: `redis://${REDIS_HOST}:${REDIS_PORT}` });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 }))
      if (keys.length > 0) await client.del(keys);
  } finally {
    await client.close();
  }
}

/** With REDIS_URL set, N API processes share every rate-limit budget (issue 15). */
describe('rate-limit budgets in Redis, shared by two API processes', () => {
  const running: ChildProcess[] = [];
  const prefix = `bloom-test:${randomBytes(6).toString('hex')}:`;
  afterEach(() => {
    for (const child of running.splice(0)) child.kill('SIGKILL');
  });
  afterAll(() => deleteKeys(prefix));

  async function twoServers(redisPort: number, env: Record<string, string>) {
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((port) =>
      startServer('server', {
        PORT: String(port),
        DATA_DIR: 'memory://',
        WORKER: 'off',
        FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
        FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
        REDIS_URL: `redis://${REDIS_HOST}:${redisPort}`,
        REDIS_KEY_PREFIX: prefix,
        ...env,
      }),
    );
    running.push(...servers.map((server) => server.child));
    await Promise.all(ports.map((port) => waitForPing(port)));
    return { ports, servers };
  }

  it('counts requests and failed code attempts once, whichever process answers', async () => {
    const { ports, servers } = await twoServers(REDIS_PORT, {
      RATE_LIMIT: '12',
      ACCESS_CODE_FAILURE_LIMIT: '2',
    });
    // waitForPing used one request on each process.
    const url = (index: number, path: string) => `http://127.0.0.1:${ports[index % 2]}${path}`;
    const guess = (index: number) =>
      fetch(url(index, '/api/v1/partner-access/validate-code'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ partnerAccessCode: 'ZZZZZZ' }),
      });
    expect((await guess(0)).status).toBe(400);
    expect((await guess(1)).status).toBe(400);
    // Two failures, one on each process: the global failure budget is spent for both.
    expect((await guess(0)).status).toBe(429);
    expect((await guess(1)).status).toBe(429);
    // 6 of RATE_LIMIT's 12 are used: 6 more pings pass, alternating processes, then both refuse.
    for (let i = 0; i < 6; i += 1) expect((await fetch(url(i, '/api/ping'))).status).toBe(200);
    expect((await fetch(url(0, '/api/ping'))).status).toBe(429);
    expect((await fetch(url(1, '/api/ping'))).status).toBe(429);
    expect(servers[0]?.output()).toContain('rate-limit budgets are shared through Redis');
  }, 120_000);

  it('answers 503 while Redis is unreachable (nothing goes uncounted), and recovers without a restart', async () => {
    const proxy = await TcpProxy.start(REDIS_HOST, REDIS_PORT);
    try {
      const { ports } = await twoServers(proxy.port, {});
      const ping = () => fetch(`http://127.0.0.1:${ports[0]}/api/ping`);
      proxy.cut();
      const refused = await ping();
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'SERVICE_UNAVAILABLE',
      });
      proxy.restore();
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (Date.now() < deadline && (status = (await ping()).status) !== 200)
        await new Promise((wake) => setTimeout(wake, 250));
      expect(status).toBe(200);
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('refuses to start when REDIS_URL does not answer', async () => {
    const server = startServer('server', {
      PORT: String(await freePort()),
      DATA_DIR: 'memory://',
      WORKER: 'off',
      FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
      FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
    });
    running.push(server.child);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/REDIS_URL: Redis did not answer/);
  }, 60_000);
});
