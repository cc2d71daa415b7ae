import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createContainer } from './container.js';
import { openDatabase } from './database.js';
import { createLogger } from './logger.js';
import { eventLogPurgeTask } from './modules/event-log.module.js';
import { profileSyncWorker } from './modules/profile-sync.module.js';
import { resolver } from './modules/provide.js';

/**
 * `npm run worker`: the profile-sync worker alone, for API processes started with WORKER=off.
 * It needs a PostgreSQL DATABASE_URL (an embedded PGlite database belongs to one process) and
 * a schema the API has already migrated. SIGTERM or SIGINT stop it; a job in flight is released.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  if (config.database.kind !== 'postgres') {
    exit(
      'npm run worker needs DATABASE_URL: the embedded database cannot be shared with the API (use WORKER=on)',
    );
  }
  const orm = await openDatabase(config.database);
  const pending = await orm.migrator.getPending();
  if (pending.length > 0) {
    await orm.close();
    exit('the database has pending migrations: start the API or run `npm run migrate` first');
  }
  const container = createContainer({ orm, config, logger });
  const { worker } = profileSyncWorker(resolver(container), orm, config, logger);
  worker.start();
  // SPEC 13.5: the daily event-log purge runs wherever the worker does.
  const purge = eventLogPurgeTask(resolver(container), orm, config, logger);
  purge.start();
  logger.info('profile-sync worker started');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'profile-sync worker stopping');
    void (async () => {
      await worker.stop().catch((error: unknown) => logger.error({ err: String(error) }, 'stop failed'));
      await purge.stop();
      await orm.close();
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exit(error.message);
    throw error;
  }
}

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  exit(`the profile-sync worker failed to start: ${error instanceof Error ? error.message : String(error)}`);
});
