import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export type Entry = 'server' | 'dev-server' | 'worker';

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * An API process from its TypeScript source: `server` is the compiled server's entry
 * (`npm run start:prod`), `dev-server` is `npm start`'s, `worker` is `npm run worker`'s. Only PATH and HOME are inherited, so
 * nothing of the test run's environment leaks in.
 */
export function startServer(entry: Entry, env: Record<string, string>): ServerProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', `src/infrastructure/${entry}.ts`], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Waits until the process answers /api/ping on that address. */
export async function waitForPing(
  port: number,
  host = '127.0.0.1',
  deadline = Date.now() + 100_000,
): Promise<Response> {
  for (;;) {
    try {
      return await fetch(`http://${host}:${port}/api/ping`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((wake) => setTimeout(wake, 200));
    }
  }
}

/** This machine's first non-loopback IPv4 address (a server on loopback only must refuse it). */
export function externalAddress(): string {
  for (const addresses of Object.values(networkInterfaces()))
    for (const address of addresses ?? [])
      if (address.family === 'IPv4' && !address.internal) return address.address;
  throw new Error('this machine has no non-loopback IPv4 address to test listening interfaces with');
}

/** The pino lines a process printed, parsed (other lines skipped). */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
