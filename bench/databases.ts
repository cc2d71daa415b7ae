import 'reflect-metadata';
import pg from 'pg';
import { migrate, openDatabase } from '../src/infrastructure/database.js';
import { generateSmall, joinLarge, SMALL, type BenchAccount } from './data.js';
import { generate, isComplete } from './reports-data.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
export const SMALL_DATABASE = 'bloom_bench';
/** The 1M-user data set of `npm run bench:reports`, reused (generated there, kept between runs). */
export const LARGE_DATABASE = 'bloom_bench_reports';

export function url(database: string): string {
  const address = new URL(SERVER);
  address.pathname = `/${database}`;
  return address.toString();
}

async function withClient<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrated(database: string): Promise<void> {
  const orm = await openDatabase({ kind: 'postgres', url: url(database) });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
}

/** The small data set, made anew on every run (a second or two); returns its number of users. */
export async function prepareSmall(accounts: BenchAccount[]): Promise<number> {
  await withClient('postgres', async (admin) => {
    await admin.query(`drop database if exists ${SMALL_DATABASE} with (force)`);
    await admin.query(`create database ${SMALL_DATABASE}`);
  });
  await migrated(SMALL_DATABASE);
  await withClient(SMALL_DATABASE, (client) => generateSmall(client, accounts));
  return SMALL.users;
}

/**
 * The reports data set with the benchmark's /me user and admin joined to it; generated with the
 * reports benchmark's generator when missing and `generateIfMissing` (it takes several minutes),
 * else null and the 1M-user rows are skipped.
 */
export async function prepareLarge(
  me: BenchAccount,
  admin: BenchAccount,
  generateIfMissing: boolean,
  log: (line: string) => void,
): Promise<{ database: string; users: number } | null> {
  const complete = await withClient(LARGE_DATABASE, isComplete).catch(() => false);
  if (!complete) {
    if (!generateIfMissing) return null;
    log(`Generating the 1M-user data set in ${LARGE_DATABASE} (several minutes)`);
    await withClient('postgres', async (client) => {
      await client.query(`drop database if exists ${LARGE_DATABASE} with (force)`);
      await client.query(`create database ${LARGE_DATABASE}`);
    });
    await migrated(LARGE_DATABASE);
    await withClient(LARGE_DATABASE, (client) => generate(client, log));
  }
  await migrated(LARGE_DATABASE);
  return withClient(LARGE_DATABASE, async (client) => {
    await joinLarge(client, me, admin);
    const users = await client.query<{ n: number }>('select count(*)::int as n from "user"');
    return { database: LARGE_DATABASE, users: users.rows[0]?.n ?? 0 };
  });
}
