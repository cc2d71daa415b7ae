import { RequestContext, type MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { DependencyContainer } from 'tsyringe';
import { createApp, type App, type HttpSettings } from '../adapters/http/app.js';
import { isDatabaseUnavailable, isRejectedInput } from '../adapters/persistence/mikro-orm/database-errors.js';
import { DatabaseHealth } from '../domain/shared/database-health.js';
import type { Config } from './config.js';
import { composeUseCases, createContainer, type UseCases } from './container.js';

export interface Application {
  app: App;
  container: DependencyContainer;
  useCases: UseCases;
}

/** Wires the container, the use cases and the HTTP app over an open, migrated database. */
export function createApplication(
  config: Config,
  orm: MikroORM,
  logger: Logger,
  override?: (container: DependencyContainer) => void,
  /** Shared rate-limit budgets (Redis, with REDIS_URL); absent: this process's memory. */
  rateLimitStore: HttpSettings['rateLimitStore'] = null,
): Application {
  const container = createContainer({ orm, config, logger, override });
  const useCases = composeUseCases(container, config);
  const app = createApp({
    routes: { ...useCases, databaseHealth: container.resolve(DatabaseHealth) },
    logger,
    settings: {
      corsOrigins: config.corsOrigins,
      storyblokWebhookSecret: config.storyblok.webhookSecret,
      zapierToken: config.zapierToken,
      rateLimit: config.rateLimit,
      accessCodeRateLimit: config.accessCodeRateLimit,
      accessCodeFailureLimit: config.accessCodeFailureLimit,
      accessCodeAccountLimit: config.accessCodeAccountLimit,
      accountEmailRateLimit: config.accountEmailRateLimit,
      trustProxy: config.trustProxy,
      rateLimitStore,
    },
    requestScope: (next) => RequestContext.create(orm.em, next),
    isUnavailable: isDatabaseUnavailable,
    isRejectedInput,
  });
  return { app, container, useCases };
}
