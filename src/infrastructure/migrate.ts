import { ConfigError, loadConfig } from './config.js';
import { migrate, openDatabase } from './database.js';
import { createLogger } from './logger.js';

/** `npm run migrate`: applies pending migrations with the same configuration as `npm start`, then exits. */
try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const orm = await openDatabase(config.database);
  try {
    const applied = await migrate(orm);
    logger.info(
      { migrations: applied },
      applied.length ? 'migrations applied' : 'database already up to date',
    );
  } finally {
    await orm.close();
  }
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Migration failed: ${String(error)}`}\n`,
  );
  process.exitCode = 1;
}
