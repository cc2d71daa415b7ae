import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startFirebaseEmulator } from '../src/infrastructure/firebase-emulator.js';
import { createAccount } from '../tests/support/firebase-accounts.js';
import type { BenchAccount } from './data.js';
import { prepareLarge, prepareSmall, SMALL_DATABASE, url } from './databases.js';
import { drive, type Scenario } from './load.js';
import { markdown, type Row } from './results.js';
import { scenarios, ZAPIER_TOKEN } from './scenarios.js';
import { startBareServer, startServer, type RunningServer } from './server.js';
import { countStatements } from './statements.js';

/**
 * `npm run bench [-- --quick --soak --no-build --cpu-prof --only=<text>]`: issue 14 and SPEC 11.
 * Writes bench/results.md; server logs and profiles go to a temporary folder it prints.
 */
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
// --only=<text>[,<text>…]: just the rows whose name contains one of them (e.g. --only=bare,ping).
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter((text) => text !== '');
const SECONDS = quick ? 3 : 15;
const PROJECT = 'demo-bloom';
const log = (line: string) => process.stdout.write(`${line}\n`);
const load1 = () => os.loadavg()[0] ?? 0;

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  if (!args.has('--no-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
    throw new Error('npm run build failed');
  const work = join(os.tmpdir(), `bloom-bench-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  log(`Server logs and profiles: ${work}`);
  const emulator = await startFirebaseEmulator({ projectId: PROJECT });
  try {
    const account = async (
      role: BenchAccount['role'],
      n: number,
    ): Promise<BenchAccount & { token: string }> => {
      const email = `bloom-bench-${role}-${n}@example.org`;
      const { uid, idToken } = await createAccount(emulator.host, email, 'bench-password-1');
      return { role, n, uid, email, token: idToken };
    };
    const me = await account('me', 0);
    const admin = await account('admin', 0);
    const complete = await Promise.all(Array.from({ length: 20 }, (_, n) => account('complete', n + 1)));
    const tokens = { me: me.token, admin: admin.token, complete: complete.map((a) => a.token) };
    const all = scenarios(tokens).filter(
      (scenario) => !only || only.some((text) => scenario.name.includes(text)),
    );
    log('Generating the small data set');
    const smallUsers = await prepareSmall([me, admin, ...complete]);
    const large = await prepareLarge(me, admin, !quick, log);

    const env = (database: string) => ({
      DATABASE_URL: url(database),
      FIREBASE_AUTH_EMULATOR_HOST: emulator.host,
      FIREBASE_PROJECT_ID: PROJECT,
      ZAPIER_TOKEN,
      RATE_LIMIT: '1000000',
      ACCESS_CODE_RATE_LIMIT: '1000000',
      LOG_LEVEL: 'info',
    });
    log('Counting SQL statements per request');
    const counts = await countStatements(
      env(SMALL_DATABASE),
      all.filter((s) => s.target === 'small'),
    );
    if (large) {
      const largeCounts = await countStatements(
        env(large.database),
        all.filter((s) => s.target === 'large'),
      );
      for (const [name, count] of largeCounts) counts.set(name, count);
    }

    const nodeArgs = args.has('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${work}`] : [];
    const coldStartsMs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const server = await startServer({
        port: 35_101,
        env: env(SMALL_DATABASE),
        logFile: join(work, 'cold.log'),
      });
      coldStartsMs.push(server.coldStartMs);
      await server.stop();
    }
    log(`Cold starts: ${coldStartsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const servers: Record<Scenario['target'], () => Promise<RunningServer>> = {
      bare: () => startBareServer(35_100),
      small: () =>
        startServer({ port: 35_101, env: env(SMALL_DATABASE), logFile: join(work, 'small.log'), nodeArgs }),
      large: () =>
        startServer({
          port: 35_102,
          env: env(large?.database ?? ''),
          logFile: join(work, 'large.log'),
          nodeArgs,
        }),
    };
    const rows: Row[] = [];
    let idleRssMiB = 0;
    let finalRssMiB = 0;
    let soak = null;
    for (const target of ['bare', 'small', 'large'] as const) {
      const group = all.filter((scenario) => scenario.target === target);
      if (group.length === 0) continue;
      if (target === 'large' && !large) {
        rows.push(...group.map((scenario) => ({ scenario, result: null, load: load1(), note: 'skipped' })));
        continue;
      }
      const server = await servers[target]();
      if (target === 'small') idleRssMiB = server.rssMiB();
      for (const scenario of group) {
        const load = load1();
        log(`${scenario.name} (load ${load.toFixed(2)})`);
        const result = await drive(server.url, scenario, SECONDS, server);
        log(
          `  ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, failures ${result.failures}, server CPU ${result.cpuUsPerRequest.toFixed(0)} µs/request`,
        );
        rows.push({ scenario, result, statements: counts.get(scenario.name), load });
      }
      if (target === 'small') {
        finalRssMiB = server.rssMiB();
        if (args.has('--soak')) soak = await soakMe(server, all);
      }
      await server.stop();
    }
    const report = markdown({
      rows,
      seconds: SECONDS,
      quick,
      coldStartsMs,
      idleRssMiB,
      finalRssMiB,
      loadBefore,
      loadAfter: os.loadavg(),
      users: { small: smallUsers, large: large?.users ?? null },
      soak,
    });
    writeFileSync(new URL('./results.md', import.meta.url), report);
    log('Wrote bench/results.md');
  } finally {
    await emulator.stop();
  }
}

/** GET /me for five minutes, one minute at a time, to see whether RSS keeps growing. */
async function soakMe(server: RunningServer, all: Scenario[]) {
  const me = all.find((scenario) => scenario.name === 'GET /api/v1/user/me');
  if (!me) return null;
  const startMiB = server.rssMiB();
  let peakMiB = startMiB;
  for (let minute = 1; minute <= 5; minute += 1) {
    const result = await drive(server.url, me, 60, server);
    peakMiB = Math.max(peakMiB, result.peakRssMiB);
    log(`  soak minute ${minute}: ${result.rps.toFixed(0)} req/s, RSS ${server.rssMiB().toFixed(0)} MiB`);
  }
  return { minutes: 5, startMiB, endMiB: server.rssMiB(), peakMiB };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
