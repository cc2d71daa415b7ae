import 'reflect-metadata';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, needsLocalFirebaseEmulator, type Config } from './config.js';
import { createApplication } from './application.js';
import { migrate, openDatabase } from './database.js';
import { startFirebaseEmulator } from './firebase-emulator.js';
import { createLogger } from './logger.js';
import { profileSyncWorker } from './modules/profile-sync.module.js';
import { resolver } from './modules/provide.js';

const FIREBASE_DATA_DIR = './.data/firebase';
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const stops: (() => Promise<void>)[] = [];

  if (needsLocalFirebaseEmulator(config)) {
    logger.info('no Firebase configuration: starting a local Firebase Auth emulator (project demo-bloom)');
    const emulator = await startFirebaseEmulator({
      projectId: config.firebase.projectId,
      dataDir: FIREBASE_DATA_DIR,
    });
    config.firebase.emulatorHost = emulator.host;
    stops.push(() => emulator.stop());
    logger.info({ host: emulator.host, dataDir: FIREBASE_DATA_DIR }, 'Firebase Auth emulator ready');
  }
  describeDatabase(config, logger);
  if (!config.simplybook)
    logger.info('SIMPLYBOOK_* unset: cancelling a therapy booking answers 503 SIMPLYBOOK_NOT_CONFIGURED');
  const orm = await openDatabase(config.database);
  stops.unshift(() => orm.close());
  // Builds every adapter and use case now, the firebase-admin app included: bad credentials stop here.
  const { app, container } = createApplication(config, orm, logger);
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (config.worker) {
    const { worker } = profileSyncWorker(resolver(container), orm, config, logger);
    worker.start();
    // Before the database closes: a job in flight is released, never lost.
    stops.unshift(() => worker.stop());
    logger.info('profile-sync worker running in this process');
  } else {
    logger.info('WORKER=off: profile-sync jobs are delivered by a separate `npm run worker`');
  }

  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const base = `http://localhost:${info.port}/api`;
    logger.info(
      { api: base, docs: `${base}/docs`, openapi: `${base}/openapi.json` },
      `Bloom API listening on ${base}`,
    );
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    const stopAll = async () => {
      for (const stop of stops)
        await stop().catch((error: unknown) => logger.error({ err: String(error) }, 'stop failed'));
      logger.info('stopped');
      process.exit(0);
    };
    server.close(() => void stopAll());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function describeDatabase(config: Config, logger: Logger): void {
  if (config.database.kind === 'pglite') {
    logger.info({ dataDir: config.database.dataDir }, 'no DATABASE_URL: using the embedded PGlite database');
  } else {
    logger.info('using PostgreSQL from DATABASE_URL');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Bloom failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
