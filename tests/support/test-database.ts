import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate, openDatabase } from '../../src/infrastructure/database.js';
import { openFromPgliteTemplate } from './pglite-template.js';

/** A PostgreSQL server URL (tests create and drop their own databases on it), or null. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

export const SKIP_WITHOUT_POSTGRES =
  'skipped: TEST_DATABASE_URL is not set (races and server-only checks need real PostgreSQL)';

export type DatabaseKind = 'pglite' | 'postgres';

/** The database kinds this run can use: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  kind: DatabaseKind;
  orm: MikroORM;
  /** Set for PostgreSQL: the URL of this test's own database. */
  url: string | null;
  /** Brings every table back to the state right after the migrations. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh, migrated database: an in-memory PGlite cluster, or a new database on the server. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const { orm, close } = await openFromPgliteTemplate(inject('pgliteTemplatePath'));
    // A no-op unless a migration was added after the template was made (it never is in one run).
    await migrate(orm);
    return { kind, orm, url: null, reset: () => resetTables(orm), close };
  }
  const created = await createPostgresDatabase();
  const orm = await openDatabase({ kind: 'postgres', url: created.url });
  await migrate(orm);
  return {
    kind,
    orm,
    url: created.url,
    reset: () => resetTables(orm),
    close: async () => {
      await orm.close(true);
      await created.drop();
    },
  };
}

/** Creates an empty database on the TEST_DATABASE_URL server; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `bloom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL ?? undefined });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function resetTables(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  const rows: { table_name: string }[] = await connection.execute(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'`,
  );
  const tables = rows.map((row) => `"${row.table_name}"`).join(', ');
  // Seed rows written by migrations are restored here; keep in step with the migrations.
  await connection.execute(`truncate table ${tables} cascade`);
  await connection.execute(
    `insert into feature (id, name) values (gen_random_uuid(), 'AUTOMATIC_ACCESS_CODE')`,
  );
  await connection.execute(`insert into subscription (id, name) values (gen_random_uuid(), 'whatsapp')`);
}
