import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { mappings } from './src/adapters/persistence/mikro-orm/mappings.js';
import { migrationsList } from './src/adapters/persistence/mikro-orm/migrations/index.js';
import { preparePool } from './src/adapters/persistence/mikro-orm/prepared-statements.js';
import type { DatabaseSettings } from './src/infrastructure/config.js';

/**
 * One configuration for both stores: real PostgreSQL when a URL is given, embedded PGlite
 * otherwise. The mappings and migrations are the same; only the driver and its location differ.
 * Only the driver in use is loaded: PGlite (WebAssembly PostgreSQL) is a large import that a
 * server on PostgreSQL never needs (docs/performance.md, cold start).
 */
export async function ormOptions(
  database: DatabaseSettings,
  log: (message: string) => void = () => undefined,
): Promise<Partial<Options>> {
  const common: Partial<Options> = {
    entities: mappings,
    extensions: [Migrator],
    migrations: { migrationsList, snapshot: false, transactional: true, allOrNothing: true },
    // Every call must run in a request context or a unit of work: a stray use of the global
    // identity map would leak entities between requests.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    debug: false,
    logger: log,
  };
  if (database.kind === 'postgres') {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    // Hot fixed statements run as named prepared statements on each pooled connection (issue 14).
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
      driverOptions: { onPoolCreated: preparePool },
    };
  }
  const { PgliteDriver } = await import('@mikro-orm/pglite');
  if (database.dataDir === 'memory://') {
    return { ...common, driver: PgliteDriver, dbName: 'bloom', driverOptions: { dataDir: 'memory://' } };
  }
  // Without driverOptions the PGlite driver treats dbName as the cluster's folder.
  return { ...common, driver: PgliteDriver, dbName: database.dataDir };
}
