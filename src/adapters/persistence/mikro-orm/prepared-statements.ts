import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';

/** Texts registered as prepared, by SQL text: the name PostgreSQL keeps each one under. */
const names = new Map<string, string>();

/** A fixed SQL text with `$1..$n` placeholders, run with real parameters (never inlined). */
export interface PreparedStatement {
  readonly sql: string;
  readonly name: string;
}

/**
 * Registers `sql` (written with `$1..$n`) as a named prepared statement. On PostgreSQL each
 * pooled connection parses and plans it once, then only binds values (docs/decisions.md,
 * "Performance (issue 14)"); PGlite runs it as an unnamed parameterised statement.
 */
export function prepared(sql: string): PreparedStatement {
  if (sql.includes('?')) throw new Error('A prepared statement takes $n placeholders, not ?');
  if (!/\$1\b/.test(sql)) throw new Error('A prepared statement without parameters gains nothing');
  const name = `bloom_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
  names.set(sql, name);
  return { sql, name };
}

/** The registered name of `text`, if it is a prepared statement. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}

/**
 * Runs `statement` with `params` passed to the driver as parameters: on the current
 * transaction's connection when there is one, through MikroORM's query wrapper (so it is
 * logged and the `onQuery` hook sees it once), with errors converted as `em.execute` does.
 */
export async function runPrepared<T = Record<string, unknown>[]>(
  em: SqlEntityManager,
  statement: PreparedStatement,
  params: readonly unknown[],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<T> {
  const driver = em.getDriver();
  const connection = driver.getConnection() as unknown as Internals;
  const values = params.map(driverValue);
  // The hook may only watch (tests count statements with it); a changed text is not prepared.
  const text = em.config.get('onQuery')(statement.sql, values);
  const ctx = em.getTransactionContext();
  const run = async () => {
    await connection.ensureConnection();
    const res = await (ctx ?? connection.getClient()).executeQuery(CompiledQuery.raw(text, values));
    return connection.transformRawResult<T>(res, method);
  };
  try {
    return await connection.executeQuery(text, run, { query: text, params: values });
  } catch (error) {
    throw driver.convertException(error as Error);
  }
}

/**
 * MikroORM rendered a Date in UTC (forceUtcTimezone) when it inlined values; pg would send a
 * local-time string. An ISO string is the same instant for timestamptz and the same UTC wall
 * time for timestamp columns, whatever the process's time zone.
 */
function driverValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** The parts of MikroORM's SQL connection this module uses (some are protected in its types). */
interface Internals {
  ensureConnection(): Promise<void>;
  getClient(): { executeQuery(query: CompiledQuery): Promise<unknown> };
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
  transformRawResult<T>(res: unknown, method: 'all' | 'get' | 'run'): T;
}

interface QueryablePool {
  on(event: 'connect', listener: (client: { query: (...args: unknown[]) => unknown }) => void): unknown;
}

/**
 * `driverOptions.onPoolCreated` on PostgreSQL: kysely calls `client.query(text, values)`; a
 * registered text goes as `{ name, text, values }`, so pg prepares it once per connection.
 * Everything else passes untouched.
 */
export function preparePool(pool: QueryablePool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const [text, values, callback] = args;
      if (typeof text === 'string' && Array.isArray(values)) {
        const name = names.get(text);
        if (name)
          return callback === undefined
            ? query({ name, text, values })
            : query({ name, text, values }, callback);
      }
      return query(...args);
    };
  });
}

/**
 * A QueryBuilder's SQL (`?` placeholders) with `$1..$n` instead, done once when a statement is
 * built. `?` inside quoted identifiers or string literals is left alone; a `??` (an identifier
 * placeholder) or a count other than `count` fails at once rather than run the wrong query.
 */
export function numberPlaceholders(sql: string, count: number): string {
  return replacePlaceholders(sql, count, (index) => `$${index + 1}`);
}

/** `sql` with its `index`-th (from 0) `?` placeholder replaced by `replace(index)`; as above. */
export function replacePlaceholders(sql: string, count: number, replace: (index: number) => string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i += 1) {
    const char = sql.charAt(i);
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      out += char;
    } else if (char === '?') {
      if (sql.charAt(i + 1) === '?') throw new Error('An identifier placeholder (??) cannot be prepared');
      out += replace(n);
      n += 1;
    } else out += char;
  }
  if (n !== count) throw new Error(`The statement has ${n} placeholders for ${count} parameters`);
  return out;
}
