import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApplication } from './application.js';
import { migrate, openDatabase } from './database.js';
import { eventLogPurgeTask } from './modules/event-log.module.js';
import { profileSyncWorker } from './modules/profile-sync.module.js';
import { resolver } from './modules/provide.js';

const SHUTDOWN_GRACE_MS = 10_000;

export interface ServerOptions {
  /** Interface to listen on; undefined: every interface. */
  host: string | undefined;
  /** Run at shutdown after everything else (e.g. a local emulator the entry point started). */
  stopsAfter?: (() => Promise<void>)[];
  /** Run once the server listens (server-main.ts: a V8 setting that would slow the start if set earlier). */
  onListening?: () => void;
}

/**
 * The API process shared by both entry points (`server.ts`, compiled; `dev-server.ts`,
 * `npm start`): database, migrations, the HTTP app, the worker, and a graceful shutdown on
 * SIGTERM/SIGINT (the listener closes at once, requests in flight finish, the worker releases
 * its jobs, then the database closes).
 */
export async function runServer(config: Config, logger: Logger, options: ServerOptions): Promise<void> {
  const stops: (() => Promise<void>)[] = [...(options.stopsAfter ?? [])];
  if (config.firebase.emulatorHost) {
    // Loud on purpose: the emulator accepts unsigned tokens for any account.
    logger.warn(
      { emulator: config.firebase.emulatorHost },
      'INSECURE: ID tokens are verified against a Firebase Auth emulator, which accepts forged unsigned tokens for any account. Never expose this server to a network you do not trust.',
    );
  }
  logger.info(
    config.database.kind === 'pglite'
      ? `no DATABASE_URL: using the embedded PGlite database in ${config.database.dataDir}`
      : 'using PostgreSQL from DATABASE_URL',
  );
  if (!config.simplybook)
    logger.info('SIMPLYBOOK_* unset: cancelling a therapy booking answers 503 SIMPLYBOOK_NOT_CONFIGURED');
  const orm = await openDatabase(config.database);
  stops.unshift(() => orm.close());
  let rateLimitStore = null;
  if (config.redis) {
    // Loaded only when configured: the Redis client is a large import most deployments never use.
    const { RedisRateLimitStores } = await import('../adapters/rate-limit/redis-rate-limit-stores.js');
    const redis = await RedisRateLimitStores.connect(config.redis.url, config.redis.keyPrefix, logger);
    stops.unshift(() => redis.close());
    rateLimitStore = () => redis.store();
    logger.info('rate-limit budgets are shared through Redis (REDIS_URL)');
  }
  // Builds every adapter and use case now, the firebase-admin app included: bad credentials stop here.
  const { app, container } = createApplication(config, orm, logger, undefined, rateLimitStore);
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (config.worker) {
    const { worker } = profileSyncWorker(resolver(container), orm, config, logger);
    worker.start();
    // Before the database closes: a job in flight is released, never lost.
    stops.unshift(() => worker.stop());
    // SPEC 13.5: the daily event-log purge runs wherever the worker does.
    const purge = eventLogPurgeTask(resolver(container), orm, config, logger);
    purge.start();
    stops.unshift(() => purge.stop());
    logger.info('profile-sync worker and the daily event-log purge running in this process');
  } else {
    logger.info('WORKER=off: profile-sync jobs are delivered by a separate `npm run worker`');
  }

  const server = serve({ fetch: app.fetch, port: config.port, hostname: options.host }, (info) => {
    const base = `http://localhost:${info.port}/api`;
    logger.info(
      { api: base, docs: `${base}/docs`, openapi: `${base}/openapi.json`, host: options.host ?? 'all' },
      `Bloom API listening on ${base}`,
    );
    options.onListening?.();
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
    // Keep-alive connections whose request finishes after this point are closed as soon as
    // they are idle, rather than after the keep-alive timeout.
    const idle = setInterval(() => {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    }, 100);
    idle.unref();
    const stopAll = async () => {
      clearInterval(idle);
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

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

export function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export function startOrExit(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    exitWith(`Bloom failed to start: ${error instanceof Error ? error.message : String(error)}`);
  });
}
