import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mappings } from './src/adapters/persistence/mikro-orm/mappings.js';
import { migrationsList } from './src/adapters/persistence/mikro-orm/migrations/index.js';
import type { DatabaseSettings } from './src/infrastructure/config.js';

/**
 * One configuration for both stores: real PostgreSQL when a URL is given, embedded PGlite
 * otherwise. The mappings and migrations are the same; only the driver and its location differ.
 */
export function ormOptions(
  database: DatabaseSettings,
  log: (message: string) => void = () => undefined,
): Partial<Options> {
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
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 } };
  }
  if (database.dataDir === 'memory://') {
    return { ...common, driver: PgliteDriver, dbName: 'bloom', driverOptions: { dataDir: 'memory://' } };
  }
  // Without driverOptions the PGlite driver treats dbName as the cluster's folder.
  return { ...common, driver: PgliteDriver, dbName: database.dataDir };
}
