import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PostgresReportingRoles,
  ReportingRoleRefused,
} from '../../../src/adapters/persistence/mikro-orm/postgres-reporting-role.js';
import { insertPartner, insertPartnerAccess, insertUser } from '../../support/fixtures.js';
import {
  openTestDatabase,
  SKIP_WITHOUT_POSTGRES,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '../../support/test-database.js';

const suite = TEST_DATABASE_URL ? describe : describe.skip;
const PASSWORD = 'a reporting password 1';

/** Runs one statement on the server as its admin (roles are cluster-wide, so tests drop theirs). */
async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL ?? undefined });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

suite(`the reporting role on postgres${TEST_DATABASE_URL ? '' : ` (${SKIP_WITHOUT_POSTGRES})`}`, () => {
  const role = `bloom_reporting_${process.pid}_${randomBytes(3).toString('hex')}`;
  const stranger = `bloom_stranger_${process.pid}_${randomBytes(3).toString('hex')}`;
  let database: TestDatabase;
  let client: pg.Client;
  const roles = () => new PostgresReportingRoles(database.orm.em.fork() as SqlEntityManager);
  /** The SQLSTATE a statement fails with as the reporting role, or 'ok'. */
  const outcome = async (sql: string) =>
    client.query(sql).then(
      () => 'ok',
      (error: { code?: string }) => error.code ?? 'error',
    );

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    const userId = await insertUser(database.orm, { email: 'reporting-role@example.com' });
    const partnerId = await insertPartner(database.orm, { name: 'Role Partner' });
    await insertPartnerAccess(database.orm, { partner_id: partnerId, user_id: userId });
    expect(await roles().createOrUpdate(role, PASSWORD)).toBe('created');
    const url = new URL(database.url ?? '');
    url.username = role;
    url.password = PASSWORD;
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.close();
    await asAdmin(`drop role if exists ${role}`);
    await asAdmin(`drop role if exists ${stranger}`);
  });

  it('logs in and reads every reporting view, through its search_path', async () => {
    const views = await client.query<{ name: string }>(
      `select table_name as name from information_schema.views where table_schema = 'reporting' order by 1`,
    );
    expect(views.rows.map((row) => row.name)).toEqual([
      'course_progress',
      'courses',
      'event_log',
      'feedback',
      'partner_accesses',
      'partners',
      'resource_progress',
      'resources',
      'session_progress',
      'sessions',
      'therapy_sessions',
      'users',
      'whatsapp_subscriptions',
    ]);
    for (const { name } of views.rows)
      expect(await outcome(`select * from reporting.${name}`), name).toBe('ok');
    const users = await client.query('select sign_up_type, partners from users');
    expect(users.rows).toEqual([{ sign_up_type: 'PUBLIC_USER', partners: 'Role Partner' }]);
  });

  it('cannot read any table, the user and migrations tables included', async () => {
    const tables = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    expect(tables.rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['user', 'mikro_orm_migrations']),
    );
    for (const { name } of tables.rows)
      expect(await outcome(`select * from public."${name}"`), name).toBe('42501');
  });

  it('cannot write or create anything, even after turning read-only transactions off', async () => {
    // Read-only by default: not even a temporary table (the one thing PUBLIC's rights would allow).
    expect(await outcome('create temp table scratch (id int)')).toBe('25006');
    await client.query('set default_transaction_read_only = off');
    expect(await outcome(`insert into reporting.partners (id) values (gen_random_uuid())`)).toBe('42501');
    expect(await outcome(`delete from reporting.partners`)).toBe('42501');
    expect(await outcome(`update public.partner set name = 'x'`)).toBe('42501');
    expect(await outcome('create table public.leak (id int)')).toBe('42501');
    expect(await outcome('create view reporting.leak as select 1')).toBe('42501');
    expect(await outcome('create schema leak')).toBe('42501');
    expect(await outcome('alter view reporting.users rename to leak')).toBe('42501');
  });

  it('can read a view a later migration adds (default privileges)', async () => {
    await database.orm.em.getConnection().execute(`create view reporting.later as select 1 as one`);
    expect((await client.query('select one from reporting.later')).rows).toEqual([{ one: 1 }]);
  });

  it('gets a new password when run again, stored as a SCRAM verifier (the password never reaches the server)', async () => {
    expect(await roles().createOrUpdate(role, 'another password 2')).toBe('updated');
    const rows: { rolpassword: string }[] = await database.orm.em
      .getConnection()
      .execute(`select rolpassword from pg_authid where rolname = ?`, [role]);
    expect(rows[0]?.rolpassword).toMatch(
      /^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/,
    );
  });

  it('refuses to touch a role it did not make, and unsafe names or passwords', async () => {
    await asAdmin(`create role ${stranger} login`);
    await expect(roles().createOrUpdate(stranger, PASSWORD)).rejects.toThrow(ReportingRoleRefused);
    const rows: { rolpassword: string | null }[] = await database.orm.em
      .getConnection()
      .execute(`select rolpassword from pg_authid where rolname = ?`, [stranger]);
    expect(rows[0]?.rolpassword).toBeNull();
    for (const name of ['Reporting', 'pg_reader', '1reader', 'a"; drop table "user"; --', '', 'a'.repeat(64)])
      await expect(roles().createOrUpdate(name, PASSWORD), name).rejects.toThrow(ReportingRoleRefused);
    for (const password of ['short', 'été password long', `x'; drop role x; --\n`])
      await expect(roles().createOrUpdate(role, password)).rejects.toThrow(ReportingRoleRefused);
  });

  it('quotes a password with quotes and backslashes safely', async () => {
    expect(await roles().createOrUpdate(role, String.raw`it's a \'quoted\' pass`)).toBe('updated');
  });
});
