import { RequestContext, type MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { LogEvent } from '../../application/event-log/log-event.js';
import { PurgeEventLog } from '../../application/event-log/purge-event-log.js';
import { EventLog } from '../../domain/event-log/event-log.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { MikroOrmEventLog } from '../../adapters/persistence/mikro-orm/mikro-orm-event-log.js';
import type { Config } from '../config.js';
import { DailyTask } from '../daily-task.js';
import { provide, type Resolve } from './provide.js';

/** The event log (SPEC 13.5) and its retention purge, which the worker runs daily. */
export function registerEventLogModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, EventLog, () => new MikroOrmEventLog(em));
}

export function eventLogUseCases(get: Resolve, config: Config) {
  return {
    logEvent: new LogEvent(get(EventLog), get(Clock), get(IdGenerator)),
    purgeEventLog: new PurgeEventLog(get(EventLog), get(Clock), config.eventLogRetentionDays),
  };
}

/** SPEC 13.5: the worker's daily purge of events older than EVENT_LOG_RETENTION_DAYS, not yet started. */
export function eventLogPurgeTask(
  get: Resolve,
  orm: MikroORM,
  config: Config,
  logger: Logger,
  timing?: ConstructorParameters<typeof DailyTask>[3],
): DailyTask {
  const purge = new PurgeEventLog(get(EventLog), get(Clock), config.eventLogRetentionDays);
  return new DailyTask(
    'event log purge',
    // Its own persistence context, as the worker's rounds (MikroORM refuses the global one).
    () =>
      RequestContext.create(orm.em, async () => {
        const { deleted, cutoff } = await purge.execute();
        return { deleted, cutoff: cutoff.toISOString() };
      }),
    logger,
    timing,
  );
}
