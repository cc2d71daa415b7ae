import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { DependencyContainer } from 'tsyringe';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { PinoOperationsLog } from '../../adapters/system/pino-operations-log.js';
import { currentRequestLogger } from '../../adapters/http/request-logger.js';
import { Clock } from '../../domain/shared/clock.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { DatabaseHealth } from '../../domain/shared/database-health.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmDatabaseHealth } from '../../adapters/persistence/mikro-orm/mikro-orm-database-health.js';
import { MikroOrmProfileSyncQueue } from '../../adapters/persistence/mikro-orm/mikro-orm-profile-sync-queue.js';
import { MikroOrmUnitOfWork } from '../../adapters/persistence/mikro-orm/mikro-orm-unit-of-work.js';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CryptoIdGenerator } from '../../adapters/system/crypto-id-generator.js';
import { SystemClock } from '../../adapters/system/system-clock.js';

export function registerCore(container: DependencyContainer, orm: MikroORM, logger: Logger): void {
  container.register(OperationsLog, { useValue: new PinoOperationsLog(logger, currentRequestLogger) });
  container.register(Clock, { useValue: new SystemClock() });
  container.register(IdGenerator, { useValue: new CryptoIdGenerator() });
  container.register(UnitOfWork, { useValue: new MikroOrmUnitOfWork(orm.em) });
  container.register(DatabaseHealth, { useValue: new MikroOrmDatabaseHealth(orm) });
  container.register(ProfileSyncQueue, {
    useValue: new MikroOrmProfileSyncQueue(orm.em as SqlEntityManager),
  });
}
