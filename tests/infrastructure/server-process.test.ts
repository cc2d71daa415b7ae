import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';

const root = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

function startServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/infrastructure/server.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

async function waitForPing(port: number, deadline = Date.now() + 100_000): Promise<Response> {
  for (;;) {
    try {
      return await fetch(`http://127.0.0.1:${port}/api/ping`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((wake) => setTimeout(wake, 200));
    }
  }
}

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
});
