import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { FirebaseEmulatorOutput } from './firebase-emulator-output.js';

export interface FirebaseEmulatorOptions {
  projectId: string;
  /** Port of the Auth emulator; a free one when absent. */
  port?: number;
  /** Folder the accounts are imported from at start and exported to at stop; none: in memory. */
  dataDir?: string | null;
  /** Receives every line the emulator prints. */
  log?: (line: string) => void;
}

export interface RunningFirebaseEmulator {
  /** `host:port`, the value of FIREBASE_AUTH_EMULATOR_HOST. */
  host: string;
  /** Stops the emulator, after it exported its accounts when it has a dataDir. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 200;
const EXPORT_METADATA_FILE = 'firebase-export-metadata.json';

/** Runs the Firebase Auth emulator of the local firebase-tools as a child process. */
export async function startFirebaseEmulator(
  options: FirebaseEmulatorOptions,
): Promise<RunningFirebaseEmulator> {
  const workDir = await mkdtemp(join(tmpdir(), 'bloom-firebase-'));
  const port = options.port ?? (await freePort());
  const configFile = join(workDir, 'firebase.json');
  await writeFile(configFile, JSON.stringify(emulatorConfig(port, await freePort(), await freePort())));
  const args = ['emulators:start', '--only', 'auth', '--project', options.projectId, '--config', configFile];
  if (options.dataDir) args.push(...(await persistenceArgs(resolve(options.dataDir))));

  const child = spawn(process.execPath, [firebaseCli(), ...args], {
    cwd: workDir,
    env: childEnv(workDir),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal must not reach it besides our stop(),
    // because a second SIGINT makes firebase-tools quit without exporting.
    detached: true,
  });
  const output = new FirebaseEmulatorOutput(child, options.log ?? (() => {}));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  // Detached, it would outlive a parent that exits without stop(): ask it to shut down (and
  // export) on its own then.
  const stopOnParentExit = () => child.kill('SIGINT');
  process.once('exit', stopOnParentExit);
  const host = `127.0.0.1:${port}`;

  let stopping: Promise<void> | null = null;
  // One SIGINT only, however often stop() is called: a second one would skip the export.
  const stop = () => (stopping ??= stopChild());
  const stopChild = async () => {
    process.removeListener('exit', stopOnParentExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(host, output, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host, stop };
}

function emulatorConfig(authPort: number, hubPort: number, loggingPort: number) {
  const local = (port: number) => ({ host: '127.0.0.1', port });
  return {
    emulators: {
      auth: local(authPort),
      // The hub always starts (it runs the export); logging only reserves its port. Free ports
      // for both keep several emulators (tests, `npm start`) from colliding on the defaults.
      hub: local(hubPort),
      logging: local(loggingPort),
      ui: { enabled: false },
      // Several projects may share one emulator (separate state per project), without warnings.
      singleProjectMode: false,
    },
  };
}

async function persistenceArgs(dataDir: string): Promise<string[]> {
  await mkdir(dataDir, { recursive: true });
  // firebase-tools refuses --import of a missing folder, and an empty one has nothing to load.
  const hasExport = existsSync(join(dataDir, EXPORT_METADATA_FILE));
  return [...(hasExport ? ['--import', dataDir] : []), '--export-on-exit', dataDir];
}

function childEnv(workDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The machine may be offline: no message-of-the-day fetch and no update check (both
    // skipped under CI), no usage analytics (off unless opted in, in the config store).
    CI: 'true',
    NO_UPDATE_NOTIFIER: '1',
    XDG_CONFIG_HOME: join(workDir, 'config'),
    // The hub registers itself in <tmpdir>/hub-<project>.json and --export-on-exit exports
    // through whichever hub that file names: a private tmpdir keeps two emulators of one
    // project from exporting each other's accounts.
    TMPDIR: workDir,
  };
}

function firebaseCli(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('firebase-tools/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin['firebase'];
  if (!bin) throw new Error('firebase-tools declares no "firebase" bin script');
  return join(dirname(manifestPath), bin);
}

async function waitUntilReady(
  host: string,
  output: FirebaseEmulatorOutput,
  exited: Promise<number | null>,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(
        `The Firebase Auth emulator exited (code ${exitCode}) before it was ready:\n${output.tail()}`,
      );
    }
    if (output.sawReadyBanner && (await answers(host))) return;
    await new Promise((wake) => setTimeout(wake, POLL_INTERVAL_MS));
  }
  throw new Error(
    `The Firebase Auth emulator was not ready after ${START_TIMEOUT_MS / 1000} s:\n${output.tail()}`,
  );
}

async function answers(host: string): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}/`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', listening);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}
