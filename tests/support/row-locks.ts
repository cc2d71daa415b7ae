import pg from 'pg';
import type { TestDatabase } from './test-database.js';

/**
 * Resolves once at least `atLeast` backends of this PostgreSQL database wait on a lock, or after
 * `maxPolls` polls `intervalMs` apart (whichever comes first).
 */
export async function waitForLockWaiters(
  database: TestDatabase,
  {
    atLeast = 1,
    maxPolls = 200,
    intervalMs = 25,
  }: { atLeast?: number; maxPolls?: number; intervalMs?: number } = {},
): Promise<void> {
  for (let i = 0; i < maxPolls; i += 1) {
    const [row] = await database.orm.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((row?.n ?? 0) >= atLeast) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Runs `writes` in a transaction on a PostgreSQL connection of its own (outside the app's async
 * context), fires `request` while that transaction holds its row locks, waits until the request
 * queues on a lock (or answers without waiting), then commits: the request sees the writes only
 * if it locks the rows. Returns the request's answer.
 */
export async function whileHoldingRowLocks<T>(
  database: TestDatabase,
  writes: (client: pg.Client) => Promise<void>,
  request: () => T | Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: database.url ?? undefined });
  await client.connect();
  try {
    await client.query('begin');
    await writes(client);
    const pending = Promise.resolve(request());
    await Promise.race([pending, waitForLockWaiters(database)]);
    await client.query('commit');
    return await pending;
  } finally {
    await client.end();
  }
}
