import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

/** The compiled server, as `npm run start:prod` runs it; its logs go to a file, as a collector would read them. */
export interface RunningServer {
  url: string;
  pid: number;
  /** Process start to the first 200 from /api/ping, in ms. */
  coldStartMs: number;
  rssMiB(): number;
  /** CPU time used so far (user + system), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const ENTRY = 'dist/src/infrastructure/server.js';

export async function startServer(options: {
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  // process.execPath: the Node 24 of node_modules when this script runs under npm.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...options.env,
      PORT: String(options.port),
    },
    stdio: ['ignore', log, log],
  });
  return running(child, options.port, started);
}

async function firstPing(url: string, child: ChildProcess, started: number): Promise<number> {
  const deadline = started + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/ping`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return performance.now() - started;
    await new Promise((wake) => setTimeout(wake, 5));
  }
  throw new Error('The server did not answer /api/ping within 60 s');
}

/** Resident set size from /proc (Linux), in MiB; 0 when the process is gone. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kib / 1024;
  } catch {
    return 0;
  }
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (Linux; the
 * clock tick is 10 ms on Linux's default USER_HZ of 100); 0 when the process is gone.
 */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every 200 ms until stopped; returns the peak. */
export function sampleRss(read: () => number): { stop(): number } {
  let peak = read();
  const timer = setInterval(() => (peak = Math.max(peak, read())), 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, read());
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(force);
}

/** A bare node:http server on the same Node, in its own process: the machine's ceiling. */
export async function startBareServer(port: number): Promise<RunningServer> {
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json');
    s.end('{"status":"ok"}'); }).listen(${port}, '127.0.0.1');`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  return running(child, port, started);
}

/** Waits for the child's first 200 from /api/ping and describes it. */
async function running(child: ChildProcess, port: number, started: number): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const coldStartMs = await firstPing(url, child, started);
  return {
    url,
    pid: child.pid ?? -1,
    coldStartMs,
    rssMiB: () => rssOf(child.pid ?? -1),
    cpuMs: () => cpuMsOf(child.pid ?? -1),
    stop: () => stopChild(child),
  };
}
