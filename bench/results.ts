import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { CONNECTIONS, type LoadResult, type Scenario } from './load.js';

export interface Row {
  scenario: Scenario;
  result: LoadResult | null;
  statements?: { first: number; again: number } | undefined;
  /** 1-minute load average when the row started. */
  load: number;
  note?: string;
}

export interface Report {
  rows: Row[];
  seconds: number;
  quick: boolean;
  coldStartsMs: number[];
  idleRssMiB: number;
  finalRssMiB: number;
  loadBefore: number[];
  loadAfter: number[];
  users: { small: number; large: number | null };
  soak: { minutes: number; startMiB: number; endMiB: number; peakMiB: number } | null;
}

const n0 = (value: number) => Math.round(value).toLocaleString('en');
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * Whether the machine was otherwise idle: the 1-minute load average before the run (under 1.5
 * wanted). During the rows the bench itself (server, PostgreSQL, autocannon) keeps both cores
 * busy, so the per-row loads say little about other work.
 */
function calm(report: Report): string {
  const before = report.loadBefore[0] ?? 0;
  return before < 1.5
    ? `The 1-minute load average was ${before.toFixed(2)} before the run: the machine was otherwise idle (during the rows the bench itself keeps both cores busy).`
    : `The 1-minute load average was ${before.toFixed(2)} before the run: other work was using the machine, so the figures are low.`;
}

export function markdown(report: Report): string {
  const bare = report.rows.find((row) => row.scenario.target === 'bare')?.result?.rps ?? 0;
  const line = (row: Row) => {
    const r = row.result;
    if (!r)
      return `| ${row.scenario.name} | — | — | — | — | — | — | — | ${row.scenario.goal} | ${row.note ?? ''} |`;
    const share =
      row.scenario.name === 'GET /api/ping' && bare ? ` (${Math.round((100 * r.rps) / bare)}% of bare)` : '';
    const sql = row.statements ? `${row.statements.first} → ${row.statements.again}` : '—';
    return `| ${row.scenario.name} | ${n0(r.rps)}${share} | ${r.p50} | ${r.p99} | ${r.failures} of ${n0(r.total)} | ${n0(r.cpuUsPerRequest)} | ${sql} | ${n0(r.peakRssMiB)} | ${row.scenario.goal} | ${row.load.toFixed(2)} |`;
  };
  const me = (name: string) => report.rows.find((row) => row.scenario.name === name)?.result?.p50;
  const small = me('GET /api/v1/user/me');
  const large = me('GET /api/v1/user/me, 1M users');
  const growth =
    small && large
      ? `/me p50: ${small} ms with ${n0(report.users.small)} users, ${large} ms with ${n0(report.users.large ?? 0)} users (${(large / small).toFixed(2)}×; goal within 1.5×).`
      : '/me growth: not measured in this run (no 1M-user database).';
  const cold = [...report.coldStartsMs].sort((a, b) => a - b);
  const soak = report.soak
    ? `Soak: ${report.soak.minutes} min of GET /me: RSS ${n0(report.soak.startMiB)} → ${n0(report.soak.endMiB)} MiB (peak ${n0(report.soak.peakMiB)}).`
    : 'Soak: not run (`npm run bench -- --soak` drives /me for 5 minutes).';
  return `# Benchmark results

\`npm run bench${report.quick ? ' -- --quick' : ''}\`, ${new Date().toISOString()}, commit ${commit()}.
${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.versions.node}, PostgreSQL on loopback.
Load average (1, 5, 15 min): ${loads(report.loadBefore)} before, ${loads(report.loadAfter)} after; the machine is shared with other work, so figures move with it.
Compiled server (\`node dist/src/infrastructure/server.js\`), NODE_ENV=development, LOG_LEVEL=info (request logs to a file),
tokens from a Firebase Auth emulator, rate limits raised; autocannon ${CONNECTIONS} connections, ${report.seconds} s per row, the same token on every request of a connection.

| request | req/s | p50 ms | p99 ms | failures | server CPU µs/req | SQL first → again | peak RSS MiB | goal | load |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |
${report.rows.map(line).join('\n')}

- ${growth}
- Cold start (process start to first 200 from /api/ping, migrated database): ${cold.map((ms) => `${n0(ms)} ms`).join(', ')} (median ${n0(cold[Math.floor(cold.length / 2)] ?? 0)} ms; goal ≤ 500 ms).
- RSS of the API process: ${n0(report.idleRssMiB)} MiB idle → ${n0(report.finalRssMiB)} MiB after the runs (goal: peak ≤ 150 MiB).
- ${soak}
- ${calm(report)}
- Server CPU µs/req: the API process's CPU time (user + system, /proc) over the row divided by the answers; it moves far less with other work on the machine than req/s does (the bare row's is its own process's).
- SQL statements per request exclude BEGIN/COMMIT; "first" is the first such request (e.g. /me's once-an-hour write), "again" the same request repeated.
`;
}
