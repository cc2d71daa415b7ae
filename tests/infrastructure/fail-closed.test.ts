import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { externalAddress, freePort, logLines, startServer, waitForPing } from '../support/server-process.js';

const root = resolve(import.meta.dirname, '../..');
const WARN = 40;

/** Fail closed: a forgotten variable never opens authentication (issue 15). */
describe('fail-closed start-up', () => {
  let running: ChildProcess | undefined;
  afterEach(() => {
    running?.kill('SIGKILL');
    running = undefined;
  });

  const emulatorEnv = () => ({
    FIREBASE_AUTH_EMULATOR_HOST: sharedFirebaseEmulator().host,
    FIREBASE_PROJECT_ID: sharedFirebaseEmulator().projectId,
  });

  const insecureWarnings = (output: string) =>
    logLines(output).filter((line) => line.level === WARN && String(line.msg).startsWith('INSECURE'));

  it('the compiled server refuses to start without Firebase configuration, starting no emulator', async () => {
    const server = startServer('server', { PORT: String(await freePort()), DATA_DIR: 'memory://' });
    running = server.child;
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /FIREBASE_SERVICE_ACCOUNT: or GOOGLE_APPLICATION_CREDENTIALS is required/,
    );
    expect(server.output()).not.toMatch(/emulator ready|listening/i);
  }, 60_000);

  it('production runs the compiled server; `npm start` is the only entry that may start an emulator', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['start:prod']).toMatch(/node dist\/src\/infrastructure\/server\.js$/);
    expect(manifest.scripts.start).toBe('tsx src/infrastructure/dev-server.ts');
    const build = JSON.parse(readFileSync(resolve(root, 'tsconfig.build.json'), 'utf8')) as {
      exclude?: string[];
    };
    expect(build.exclude).toContain('src/infrastructure/dev-server.ts');
    const compiled = readFileSync(resolve(root, 'src/infrastructure/server.ts'), 'utf8');
    expect(compiled).not.toContain('firebase-emulator');
  });

  it('the compiled server with an emulator host warns loudly, and listens on every interface', async () => {
    const port = await freePort();
    const server = startServer('server', {
      PORT: String(port),
      DATA_DIR: 'memory://',
      WORKER: 'off',
      ...emulatorEnv(),
    });
    running = server.child;
    expect((await waitForPing(port, externalAddress())).status).toBe(200);
    expect(insecureWarnings(server.output())).toHaveLength(1);
  }, 120_000);

  it('`npm start` with no Firebase configuration starts an emulator, warns loudly and listens on loopback only', async () => {
    const port = await freePort();
    const server = startServer('dev-server', { PORT: String(port), DATA_DIR: 'memory://', WORKER: 'off' });
    running = server.child;
    expect((await waitForPing(port)).status).toBe(200);
    expect(server.output()).toContain('Firebase Auth emulator ready');
    expect(insecureWarnings(server.output())).toHaveLength(1);
    await expect(fetch(`http://${externalAddress()}:${port}/api/ping`)).rejects.toThrow();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);

  it('`npm start` listens where HOST says', async () => {
    const port = await freePort();
    const server = startServer('dev-server', {
      PORT: String(port),
      DATA_DIR: 'memory://',
      WORKER: 'off',
      HOST: '0.0.0.0',
      ...emulatorEnv(),
    });
    running = server.child;
    expect((await waitForPing(port, externalAddress())).status).toBe(200);
    expect(insecureWarnings(server.output())).toHaveLength(1);
  }, 120_000);

  it('a server with real credentials logs no emulator warning', async () => {
    // Refused credentials stop it after configuration, before anything listens: the warning
    // would have been printed by then.
    const server = startServer('server', {
      PORT: String(await freePort()),
      DATA_DIR: 'memory://',
      WORKER: 'off',
      FIREBASE_PROJECT_ID: 'bloom-test',
      FIREBASE_SERVICE_ACCOUNT: JSON.stringify({
        project_id: 'bloom-test',
        private_key: '-----BEGIN PRIVATE KEY-----\nnot-a-real-key\n-----END PRIVATE KEY-----\n',
        client_email: 'bloom@bloom-test.iam.gserviceaccount.com',
      }),
    });
    running = server.child;
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Firebase refused the credentials');
    expect(insecureWarnings(server.output())).toHaveLength(0);
  }, 60_000);
});
