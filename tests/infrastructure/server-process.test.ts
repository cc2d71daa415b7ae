import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { freePort, startServer as startEntry, waitForPing } from '../support/server-process.js';

const startServer = (env: Record<string, string>) => startEntry('server', env);

describe('the server process', () => {
  let running: ChildProcess | undefined;
  afterEach(() => {
    running?.kill('SIGKILL');
  });

  it('starts on an embedded database, serves ping, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({
      PORT: String(port),
      DATA_DIR: 'memory://',
      FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
      FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
      WORKER: 'off',
    });
    running = server.child;
    const ping = await waitForPing(port);
    expect(ping.status).toBe(200);
    expect(ping.headers.get('x-request-id')).toBeTruthy();
    expect(server.output()).toContain('migrations applied');
    expect(server.output()).toContain(`http://localhost:${port}/api/docs`);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  }, 120_000);

  it('refuses to start on an invalid configuration, naming every problem', async () => {
    const server = startServer({ PORT: 'eighty', NODE_ENV: 'production' });
    running = server.child;
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Invalid configuration/);
    expect(server.output()).toMatch(/PORT/);
    expect(server.output()).toMatch(/DATABASE_URL/);
  }, 60_000);

  it('refuses to start when firebase-admin refuses the credentials, without quoting the key', async () => {
    const server = startServer({
      PORT: String(await freePort()),
      DATA_DIR: 'memory://',
      WORKER: 'off',
      FIREBASE_PROJECT_ID: 'bloom-test',
      FIREBASE_SERVICE_ACCOUNT: JSON.stringify({
        type: 'service_account',
        project_id: 'bloom-test',
        private_key: '-----BEGIN PRIVATE KEY-----\nnot-a-real-key\n-----END PRIVATE KEY-----\n',
        client_email: 'bloom@bloom-test.iam.gserviceaccount.com',
      }),
    });
    running = server.child;
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /Firebase refused the credentials in FIREBASE_SERVICE_ACCOUNT: Failed to parse private key/,
    );
    expect(server.output()).not.toContain('not-a-real-key');
    expect(server.output()).not.toContain('listening');
  }, 60_000);

  it('refuses a key file that is not a service account key, without quoting its text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bloom-key-'));
    const keyFile = join(folder, 'key.json');
    writeFileSync(keyFile, '{"private_key": "secret-in-file", oops}');
    try {
      const server = startServer({
        PORT: String(await freePort()),
        DATA_DIR: 'memory://',
        WORKER: 'off',
        GOOGLE_APPLICATION_CREDENTIALS: keyFile,
      });
      running = server.child;
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(
        /Firebase refused the credentials in GOOGLE_APPLICATION_CREDENTIALS: .*not valid JSON/,
      );
      expect(server.output()).not.toContain('secret-in-file');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
