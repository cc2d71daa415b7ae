import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DependencyContainer } from 'tsyringe';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { DatabaseHealth } from '../../domain/shared/database-health.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { currentRequestLogger } from '../../adapters/http/request-logger.js';
import { MikroOrmDatabaseHealth } from '../../adapters/persistence/mikro-orm/mikro-orm-database-health.js';
import { MikroOrmProfileSyncQueue } from '../../adapters/persistence/mikro-orm/mikro-orm-profile-sync-queue.js';
import { MikroOrmUnitOfWork } from '../../adapters/persistence/mikro-orm/mikro-orm-unit-of-work.js';
import { CryptoIdGenerator } from '../../adapters/system/crypto-id-generator.js';
import { PinoOperationsLog } from '../../adapters/system/pino-operations-log.js';
import { SystemClock } from '../../adapters/system/system-clock.js';
import { provide } from './provide.js';

/** Ports every feature uses: time, ids, transactions, the outbox, health and the operations log. */
export function registerCoreModule(container: DependencyContainer, orm: MikroORM, logger: Logger): void {
  const em = orm.em as SqlEntityManager;
  provide(container, OperationsLog, () => new PinoOperationsLog(logger, currentRequestLogger));
  provide(container, Clock, () => new SystemClock());
  provide(container, IdGenerator, () => new CryptoIdGenerator());
  provide(container, UnitOfWork, () => new MikroOrmUnitOfWork(em));
  provide(container, DatabaseHealth, () => new MikroOrmDatabaseHealth(orm));
  provide(container, ProfileSyncQueue, () => new MikroOrmProfileSyncQueue(em));
}
