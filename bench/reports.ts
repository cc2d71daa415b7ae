import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { GetReportSummary } from '../src/application/reporting/get-report-summary.js';
import { ReportWindow } from '../src/domain/reporting/report-window.js';
import type { PartnerId } from '../src/domain/shared/ids.js';
import { MikroOrmReportReader } from '../src/adapters/persistence/mikro-orm/mikro-orm-report-reader.js';
import { ReportNotesQueries } from '../src/adapters/persistence/mikro-orm/report-notes-queries.js';
import type { Query } from '../src/adapters/persistence/mikro-orm/report-queries.js';
import { migrate, openDatabase } from '../src/infrastructure/database.js';
import { DATA, generate, isComplete } from './reports-data.js';

/**
 * `npm run bench:reports [-- --regenerate]`: the summary of GET /api/v1/reports/summary over
 * 1M users and 10M session_user rows, timed through the adapter the API uses. The data set is
 * generated once in its own database and reused (`--regenerate` makes it again).
 */
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const DATABASE = 'bloom_bench_reports';
const RUNS = 7;
const WINDOW = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') };
const PARTNER = 'Partner 01';
const GOAL_MS = 2000;

const url = (database: string) => {
  const address = new URL(SERVER);
  address.pathname = `/${database}`;
  return address.toString();
};
const log = (line: string) => console.log(line);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function prepare(regenerate: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  const exists =
    (await admin.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1;
  let ready = exists && !regenerate;
  if (ready) {
    const client = new pg.Client({ connectionString: url(DATABASE) });
    await client.connect();
    ready = await isComplete(client);
    await client.end();
  }
  if (!ready) {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  }
  await admin.end();
  const orm = await openDatabase({ kind: 'postgres', url: url(DATABASE) });
  await migrate(orm);
  await orm.close();
  if (ready) return log(`Reusing the data in ${DATABASE} (--regenerate to make it again).`);
  log(`Generating the data set in ${DATABASE}:`);
  const client = new pg.Client({ connectionString: url(DATABASE) });
  await client.connect();
  try {
    await generate(client, log);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  await prepare(process.argv.includes('--regenerate'));
  const orm = await openDatabase({ kind: 'postgres', url: url(DATABASE) });
  try {
    const em = orm.em.fork() as SqlEntityManager;
    const reader = new MikroOrmReportReader(em);
    const summary = new GetReportSummary(reader);
    const counts = await em.execute<{ table: string; n: number }[]>(
      `select 'user' as table, count(*)::int as n from "user" union all
       select 'session_user', count(*)::int from "session_user" union all
       select 'course_user', count(*)::int from course_user union all
       select 'partner_access', count(*)::int from partner_access union all
       select 'therapy_session', count(*)::int from therapy_session union all
       select 'resource_user', count(*)::int from resource_user union all
       select 'session_feedback', count(*)::int from session_feedback union all
       select 'resource_feedback', count(*)::int from resource_feedback union all
       select 'event_log', count(*)::int from event_log union all
       select 'subscription_user', count(*)::int from subscription_user`,
    );
    const partner = await reader.partnerNamed(PARTNER);
    const variants = [
      { name: 'everyone', partner: null },
      { name: `partner=${PARTNER}`, partner: PARTNER },
    ];
    const results = [];
    for (const variant of variants) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        await summary.execute({ ...WINDOW, partner: variant.partner });
        times.push(performance.now() - started);
      }
      results.push({ ...variant, median: median(times), times });
      log(
        `summary (${variant.name}): median ${ms(median(times))} over ${RUNS} runs [${times.map(ms).join(', ')}]`,
      );
    }
    const statements = await timeStatements(em, (partner?.id ?? null) as PartnerId | null);
    const slowest = statements.reduce((a, b) => (b.ms > a.ms ? b : a));
    const plan = await em.execute<{ 'QUERY PLAN': string }[]>(
      `explain (analyze, buffers) ${slowest.query.sql}`,
      slowest.query.params,
    );
    const planText = plan.map((row) => row['QUERY PLAN']).join('\n');
    const worst = Math.max(...results.map((result) => result.median));
    log(`\nSlowest statement: ${slowest.name} (${ms(slowest.ms)})\n${planText}`);
    log(`\nResult: ${ms(worst)} (goal under ${ms(GOAL_MS)}): ${worst < GOAL_MS ? 'met' : 'NOT met'}`);
    writeFileSync(
      new URL('./reports-results.md', import.meta.url),
      report({ counts, results, statements, slowest: { name: slowest.name, plan: planText }, worst }),
    );
    log('Wrote bench/reports-results.md');
  } finally {
    await orm.close();
  }
}

/** Each statement of the summary on its own (median of RUNS), to find the slowest. */
async function timeStatements(em: SqlEntityManager, partner: PartnerId | null) {
  const timings = [];
  for (const [label, id] of [
    ['everyone', null],
    [PARTNER, partner],
  ] as const) {
    const queries = new ReportNotesQueries(ReportWindow.of(WINDOW.from, WINDOW.to), id);
    const named: [string, Query][] = [
      ['users', queries.users()],
      ['partnerAccesses', queries.partnerAccesses()],
      ['courses', queries.courses()],
      ['sessionsCompleted', queries.sessionsCompleted()],
      ['therapy', queries.therapy()],
      ['resources', queries.resources()],
      // Feedback is anonymous: the summary has no partner form of it (SPEC 13.9).
      ...(id === null ? [['feedback', queries.feedback()] as [string, Query]] : []),
      ['events', queries.events()],
      ['whatsapp', queries.whatsapp()],
    ];
    for (const [name, query] of named) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        await em.execute(query.sql, query.params);
        times.push(performance.now() - started);
      }
      timings.push({ name: `${name} (${label})`, ms: median(times), query });
    }
  }
  return timings;
}

function report(input: {
  counts: { table: string; n: number }[];
  results: { name: string; median: number; times: number[] }[];
  statements: { name: string; ms: number }[];
  slowest: { name: string; plan: string };
  worst: number;
}): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `# Reports summary benchmark

\`npm run bench:reports\` on ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM,
PostgreSQL with its default settings (shared_buffers 128MB); load average ${load} when the
report was written (other work shared the machine). Window ${WINDOW.from.toISOString()} to
${WINDOW.to.toISOString()} (one month); the data spans ${DATA.since.slice(0, 10)} to ${DATA.until.slice(0, 10)}.
Timed through \`GetReportSummary\` and \`MikroOrmReportReader\` (the API's use case and adapter),
${RUNS} runs each after the data was loaded and analysed; the median is the figure.

**Result: ${ms(input.worst)}** (goal: under ${ms(GOAL_MS)}).

| table | rows |
| --- | ---: |
${input.counts.map((row) => `| ${row.table} | ${row.n.toLocaleString('en')} |`).join('\n')}

| summary | median | runs |
| --- | ---: | --- |
${input.results.map((row) => `| ${row.name} | ${ms(row.median)} | ${row.times.map(ms).join(', ')} |`).join('\n')}

Each statement alone (median; the summary sends them together, one connection each):

| statement | median |
| --- | ---: |
${input.statements.map((row) => `| ${row.name} | ${ms(row.ms)} |`).join('\n')}

Slowest statement, \`${input.slowest.name}\`, \`EXPLAIN (ANALYZE, BUFFERS)\`:

\`\`\`
${input.slowest.plan}
\`\`\`
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
