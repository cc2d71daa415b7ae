import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { freePort, startServer, waitForPing } from '../support/server-process.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import {
  createPostgresDatabase,
  SKIP_WITHOUT_POSTGRES,
  TEST_DATABASE_URL,
} from '../support/test-database.js';

const onPostgres = TEST_DATABASE_URL ? describe : describe.skip;

/**
 * Liveness and readiness (SPEC 2): the database is taken away mid-run by cutting a loopback
 * proxy (never by stopping the shared server), then given back.
 */
onPostgres(
  `the database going away and coming back ${TEST_DATABASE_URL ? '' : `(${SKIP_WITHOUT_POSTGRES})`}`,
  () => {
    let proxy: TcpProxy;
    let database: { url: string; drop(): Promise<void> };
    let server: ChildProcess;
    let port: number;

    beforeAll(async () => {
      database = await createPostgresDatabase();
      const target = new URL(database.url);
      proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
      const viaProxy = new URL(database.url);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      port = await freePort();
      server = startServer('server', {
        PORT: String(port),
        DATABASE_URL: viaProxy.toString(),
        WORKER: 'off',
        FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
        FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
      }).child;
      await waitForPing(port);
    }, 120_000);
    afterAll(async () => {
      server.kill('SIGKILL');
      await proxy.close();
      await database.drop();
    });

    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);

    it('answers 503 for readiness and database routes while cut, stays live, and recovers without a restart', async () => {
      expect((await get('/api/ping/database')).status).toBe(200);
      expect((await get('/api/v1/partner/Bumble')).status).toBe(404);

      proxy.cut();
      const ready = await get('/api/ping/database');
      expect(ready.status).toBe(503);
      expect((await ready.json()) as unknown).toMatchObject({ statusCode: 503 });
      const route = await get('/api/v1/partner/Bumble');
      expect(route.status).toBe(503);
      expect((await route.json()) as unknown).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'SERVICE_UNAVAILABLE',
      });
      // Liveness does not depend on the database: the process is fine, only its dependency is not.
      expect((await get('/api/ping')).status).toBe(200);

      proxy.restore();
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (Date.now() < deadline && (status = (await get('/api/ping/database')).status) !== 200)
        await new Promise((wake) => setTimeout(wake, 250));
      expect(status).toBe(200);
      expect((await get('/api/v1/partner/Bumble')).status).toBe(404);
    }, 60_000);
  },
);
