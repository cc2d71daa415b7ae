import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PostgresReportingRoles } from '../../adapters/persistence/mikro-orm/postgres-reporting-role.js';
import type { Config } from '../config.js';
import { migrate, openDatabase } from '../database.js';

/** Creates or updates the read-only reporting login (SPEC 1, 10) on the configured database. */
async function createReportingRole(config: Config, role: string, password: string): Promise<string> {
  if (config.database.kind !== 'postgres')
    throw new Error(
      'create-reporting-role needs a PostgreSQL server: set DATABASE_URL. The embedded PGlite database ' +
        'takes no network logins, so a reporting role there would have nothing to connect to.',
    );
  const orm = await openDatabase(config.database);
  try {
    // The role is granted the reporting views, so the schema must exist first.
    await migrate(orm);
    const outcome = await new PostgresReportingRoles(orm.em.fork() as SqlEntityManager).createOrUpdate(
      role,
      password,
    );
    return outcome === 'created'
      ? `Role ${role} created: it can log in and read the reporting schema only.`
      : `Role ${role} updated: new password; it can read the reporting schema only.`;
  } finally {
    await orm.close();
  }
}

export const createReportingRoleCommand = {
  name: 'create-reporting-role',
  usage: 'create-reporting-role <role> <password>',
  description: 'creates or updates a login that can read only the reporting schema (docs/reporting.md)',
  arity: 2,
  run: (config: Config, [role, password]: string[]) =>
    createReportingRole(config, role ?? '', password ?? ''),
};
