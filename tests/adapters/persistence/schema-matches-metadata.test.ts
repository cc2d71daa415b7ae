import type { MikroORM } from '@mikro-orm/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openTestDatabase,
  SKIP_WITHOUT_POSTGRES,
  TEST_DATABASE_URL,
  type DatabaseKind,
  type TestDatabase,
} from '../../support/test-database.js';

/**
 * What MikroORM would change to make the migrated schema match the mappings, minus the kinds of
 * statement the mappings leave to the migrations on purpose (docs/decisions.md, "Hand-written
 * SQL migrations"). Everything else, a missing table or column, a column of another type or
 * nullability, an index or key a mapping declares (the mappings declare none), is drift.
 */
const LEFT_TO_THE_MIGRATIONS: { reason: string; statement: RegExp }[] = [
  {
    reason: 'indexes, unique ones included, are declared in the migrations only',
    statement: /^drop index "\w+"$/,
  },
  {
    reason: 'foreign keys and CHECKs too: the mappings hold ids as plain columns, not relations',
    statement: /^alter table "\w+" drop constraint "\w+"$/,
  },
  {
    reason: 'column defaults serve hand-written inserts; the ORM writes every mapped column',
    statement: /^alter table "\w+" alter column "\w+" (drop default|set default .+)$/,
  },
];

async function drift(orm: MikroORM): Promise<string[]> {
  // safe: tables and columns no mapping names (the outbox, reporting) are not the mappings' to drop.
  const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter(
      (statement) => statement && !LEFT_TO_THE_MIGRATIONS.some((kind) => kind.statement.test(statement)),
    );
}

function schemaSuite(kind: DatabaseKind) {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('maps every table and column the migrations create, with their types and nullability', async () => {
    database = await openTestDatabase(kind);
    const tables = [...database.orm.getMetadata().getAll().values()].filter((meta) => !meta.abstract);
    expect(tables.length).toBeGreaterThan(10);
    expect(await drift(database.orm)).toEqual([]);
  });

  it('reports a mapped column that the migrations do not create, or create differently', async () => {
    database = await openTestDatabase(kind);
    const connection = database.orm.em.getConnection();
    // Columns no reporting view reads (personal data and ids of outside services).
    await connection.execute(`alter table "user" drop column crisp_token_id cascade`);
    await connection.execute(`alter table therapy_session alter column client_email type varchar(100)`);
    await connection.execute(`alter table feature alter column name drop not null`);

    const found = await drift(database.orm);

    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^alter table "user" add "crisp_token_id" uuid not null$/),
        expect.stringMatching(
          /^alter table "therapy_session" alter column "client_email" type varchar\(320\)/,
        ),
        expect.stringMatching(/^alter table "feature" alter column "name" set not null$/),
      ]),
    );
  });
}

describe('MikroORM metadata matches the migrated schema on pglite', () => schemaSuite('pglite'));

if (TEST_DATABASE_URL) {
  describe('MikroORM metadata matches the migrated schema on postgres', () => schemaSuite('postgres'));
} else {
  describe.skip(`MikroORM metadata matches the migrated schema on postgres (${SKIP_WITHOUT_POSTGRES})`, () =>
    schemaSuite('postgres'));
}
