import type { ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { insertUser } from '../support/fixtures.js';
import { eventually, useProfileSyncApp } from '../support/profile-sync-app.js';
import { freePort, startServer, waitForPing } from '../support/server-process.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

const onPostgres = TEST_DATABASE_URL ? describe : describe.skip;

/** Sends a request's head and the first part of its body, and keeps the rest for `finish`. */
function startRequest(port: number, body: string) {
  const socket: Socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (answer += chunk));
  const closed = new Promise<void>((done) => socket.on('close', () => done()));
  const cut = Math.floor(body.length / 2);
  socket.write(
    'POST /api/v1/partner-access/validate-code HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body.slice(0, cut),
  );
  return {
    finish: async () => {
      socket.write(body.slice(cut));
      await closed;
      return answer;
    },
  };
}

onPostgres(
  `graceful shutdown of the API process ${TEST_DATABASE_URL ? '' : `(${SKIP_WITHOUT_POSTGRES})`}`,
  () => {
    const { t, crisp, enqueue, sql } = useProfileSyncApp({ kind: 'postgres' });
    let running: ChildProcess | undefined;
    afterEach(() => {
      running?.kill('SIGKILL');
      running = undefined;
    });

    it('on SIGTERM finishes the request in flight, refuses new ones, releases the worker job, exits 0', async () => {
      const userId = await insertUser(t.database.orm, { email: 'shutdown-process@example.org' });
      await enqueue(userId);
      crisp.hang();
      const port = await freePort();
      const server = startServer('server', {
        PORT: String(port),
        DATABASE_URL: t.database.url ?? '',
        FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
        FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
        ...crisp.env,
      });
      running = server.child;
      await waitForPing(port);
      // The worker holds the job: its Crisp call hangs.
      await eventually(() => crisp.requests.length >= 1, 30_000);
      const inFlight = startRequest(port, JSON.stringify({ partnerAccessCode: 'ZZZZZZ' }));
      await new Promise((wake) => setTimeout(wake, 300));

      server.child.kill('SIGTERM');
      await eventually(() => server.output().includes('shutting down'), 10_000);
      // The listener is closed: a new connection is refused.
      await expect(fetch(`http://127.0.0.1:${port}/api/ping`)).rejects.toThrow();
      // The request in flight still gets its whole answer.
      const answer = await inFlight.finish();
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"message":"DOES_NOT_EXIST"');

      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('"msg":"stopped"');
      const [job] = await sql('select status, leased_until, lease_id from profile_sync_job');
      expect(job).toMatchObject({ status: 'pending', leased_until: null });
    }, 120_000);
  },
);
