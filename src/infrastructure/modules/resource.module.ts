import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { GiveResourceFeedback } from '../../application/feedback/give-resource-feedback.js';
import { GiveSessionFeedback } from '../../application/feedback/give-session-feedback.js';
import { RecordResourceProgress } from '../../application/resource-progress/record-resource-progress.js';
import { ResourceRepository, SessionRepository } from '../../domain/content/content-repositories.js';
import { FeedbackRepository } from '../../domain/feedback/feedback-repository.js';
import { ResourceUserRepository } from '../../domain/resource-progress/resource-user-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmFeedbackRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-feedback-repository.js';
import { MikroOrmResourceUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-resource-user-repository.js';
import { provide, type Resolve } from './provide.js';

/** Progress on resources (SPEC 13.3) and feedback on sessions and resources (13.4). */
export function registerResourceModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, ResourceUserRepository, () => new MikroOrmResourceUserRepository(em));
  provide(container, FeedbackRepository, () => new MikroOrmFeedbackRepository(em));
}

export function resourceUseCases(get: Resolve) {
  return {
    recordResourceProgress: new RecordResourceProgress(
      get(ResourceRepository),
      get(ResourceUserRepository),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
    giveSessionFeedback: new GiveSessionFeedback(
      get(SessionRepository),
      get(FeedbackRepository),
      get(Clock),
      get(IdGenerator),
    ),
    giveResourceFeedback: new GiveResourceFeedback(
      get(ResourceRepository),
      get(FeedbackRepository),
      get(Clock),
      get(IdGenerator),
    ),
  };
}
