import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import {
  numberPlaceholders,
  prepared,
  runPrepared,
} from '../../../src/adapters/persistence/mikro-orm/prepared-statements.js';
import { insertPartner } from '../../support/fixtures.js';
import { statementsDuring } from '../../support/statement-counter.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database.js';

const NAMED = prepared(`select name, created_at from partner where name = $1 or name = $2 order by name`);
const STAMP = prepared(`update partner set updated_at = $1 where name = $2 returning updated_at`);

describe.each(databaseKinds)('statements run with real parameters (%s)', (kind) => {
  let database: TestDatabase;
  let em: SqlEntityManager;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    em = database.orm.em.fork() as SqlEntityManager;
    for (const name of ["O'Brien", 'Plain']) await insertPartner(database.orm, { name });
  });
  afterAll(() => database.close());

  it('passes values as parameters, not inlined (a quote round-trips, a bad value is not SQL)', async () => {
    const rows = await runPrepared<{ name: string }[]>(em, NAMED, ["O'Brien", "x' or '1'='1"]);
    expect(rows.map((row) => row.name)).toEqual(["O'Brien"]);
  });

  it('is seen once by the onQuery hook (the statement counter)', async () => {
    const seen = await statementsDuring(database.orm, () => runPrepared(em, NAMED, ['Plain', 'Plain']));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('where name = $1 or name = $2');
  });

  it('writes a timestamp as the same instant and reads it back', async () => {
    const at = new Date('2026-03-29T01:30:15.123Z');
    const [row] = await runPrepared<{ updated_at: Date | string }[]>(em, STAMP, [at, 'Plain']);
    expect(new Date(row!.updated_at).toISOString()).toBe(at.toISOString());
    const [read] = await em.execute<{ updated_at: Date | string }[]>(
      `select updated_at from partner where name = 'Plain'`,
    );
    expect(new Date(read!.updated_at).toISOString()).toBe(at.toISOString());
  });

  it('runs on the transaction’s connection and its errors convert as em.execute’s do', async () => {
    await expect(
      em.transactional(async (tx) => {
        await runPrepared(tx as SqlEntityManager, STAMP, [new Date(), 'Plain']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const bad = prepared(`select $1::uuid as id`);
    const error = await runPrepared(em, bad, ['not-a-uuid']).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('22P02');
    expect((error as Error).constructor.name).toMatch(/Exception$/);
  });

  // PGlite runs the same text unnamed: only the pg pool names statements, so only there is it asked.
  if (kind === 'postgres')
    it('is a named prepared statement on the connection after its first run', async () => {
      await em.transactional(async (tx) => {
        const t = tx as SqlEntityManager;
        await runPrepared(t, NAMED, ['Plain', 'Plain']);
        const names = await t.execute<{ name: string }[]>('select name from pg_prepared_statements');
        expect(names.map((row) => row.name)).toContain(NAMED.name);
      });
    });
});

describe('numbered placeholders from a QueryBuilder’s SQL', () => {
  it('numbers ? outside quotes and checks the count', () => {
    expect(numberPlaceholders(`select "a?" from t where x = ? and y = '?' and z = ?`, 2)).toBe(
      `select "a?" from t where x = $1 and y = '?' and z = $2`,
    );
    expect(() => numberPlaceholders('select ? from t', 2)).toThrow();
    expect(() => numberPlaceholders('select ?? from t', 0)).toThrow();
    expect(() => prepared('select ? from t')).toThrow();
  });
});
