import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { scramSha256Verifier } from './scram-verifier.js';

/** Lower-case, so the name needs no quoting in a client's connection settings; not `pg_…` (reserved). */
export const ROLE_NAME = /^(?!pg_)[a-z_][a-z0-9_]{0,62}$/;
/** Printable ASCII (see scram-verifier.ts), long enough for a login reachable over the network. */
export const ROLE_PASSWORD = /^[\x20-\x7e]{12,128}$/;
/** Marks roles this command made: it changes no other role (never the API's own, nor a superuser). */
const MARKER = 'Bloom reporting role: reads only the reporting schema (create-reporting-role)';

export class ReportingRoleRefused extends Error {}

/**
 * Creates (or gives a new password to) a LOGIN role that can read the `reporting` schema and
 * nothing else. Its views run with their owner's rights, so SELECT on them is all it needs; it
 * gets no right on any table. One transaction, checked before commit.
 */
export class PostgresReportingRoles {
  constructor(private readonly em: SqlEntityManager) {}

  async createOrUpdate(role: string, password: string): Promise<'created' | 'updated'> {
    if (!ROLE_NAME.test(role))
      throw new ReportingRoleRefused(
        'The role name must be 1-63 of a-z, 0-9 and _, not starting with a digit or pg_.',
      );
    if (!ROLE_PASSWORD.test(password))
      throw new ReportingRoleRefused('The password must be 12-128 printable ASCII characters.');
    // Raw SQL: roles, grants and catalogs (pg_roles, CREATE ROLE) are not entities.
    return this.em.transactional(async (em) => {
      const existing: { marked: boolean }[] = await em.execute(
        `select coalesce(shobj_description(oid, 'pg_authid') = ?, false) as marked from pg_roles where rolname = ?`,
        [MARKER, role],
      );
      if (existing[0] && !existing[0].marked)
        throw new ReportingRoleRefused(
          `A role named ${role} exists and was not made by create-reporting-role: choose another name.`,
        );
      const run = async (template: string, ...values: string[]) => {
        // CREATE/ALTER ROLE and GRANT take no bind parameters: PostgreSQL's format() quotes the
        // name (%I) and the verifier (%L) itself, then the statement runs.
        const marks = values.map(() => '?::text').join(', ');
        const [built] = await em.execute<{ sql: string }[]>(`select format(?, ${marks}) as sql`, [
          template,
          ...values,
        ]);
        await em.execute(built?.sql ?? '');
      };
      const verifier = scramSha256Verifier(password);
      const attributes = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password %L';
      await run(`${existing[0] ? 'alter' : 'create'} role %I with ${attributes}`, role, verifier);
      await run('comment on role %I is %L', role, MARKER);
      await run('alter role %I set search_path = reporting', role);
      await run('alter role %I set default_transaction_read_only = on', role);
      const [database] = await em.execute<{ name: string }[]>('select current_database() as name');
      await run('grant connect on database %I to %I', database?.name ?? '', role);
      await run('grant usage on schema reporting to %I', role);
      await run('grant select on all tables in schema reporting to %I', role);
      // Views added to the schema by later migrations (run by this same database user) are granted too.
      await run('alter default privileges in schema reporting grant select on tables to %I', role);
      await this.assertReadOnly(em, role);
      return existing[0] ? 'updated' : 'created';
    });
  }

  /** Refuses (rolling everything back) if the role could read a table or create anything. */
  private async assertReadOnly(em: SqlEntityManager, role: string): Promise<void> {
    const [rights] = await em.execute<
      { tables: string[] | null; create_in: string[] | null; database: boolean }[]
    >(
      `select (select array_agg(format('%I.%I', c.relnamespace::regnamespace, c.relname) order by 1)
                 from pg_class c
                where c.relkind in ('r', 'p', 'v', 'm', 'f')
                  and c.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema', 'reporting')
                  and has_table_privilege(?, c.oid, 'select, insert, update, delete, truncate')) as tables,
              (select array_agg(n.nspname order by 1) from pg_namespace n
                where has_schema_privilege(?, n.oid, 'create')) as create_in,
              has_database_privilege(?, current_database(), 'create') as database`,
      [role, role, role],
    );
    const problems = [
      ...(rights?.tables ?? []).map((table) => `it can read or write ${table}`),
      ...(rights?.create_in ?? []).map(
        (schema) =>
          `it can create objects in schema ${schema} (run: REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC)`,
      ),
      ...(rights?.database ? ['it can create schemas in this database'] : []),
    ];
    if (problems.length) throw new ReportingRoleRefused(`Refused, nothing changed: ${problems.join('; ')}.`);
  }
}
