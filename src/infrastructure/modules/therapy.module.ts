import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { RecordTherapyBooking } from '../../application/therapy/record-therapy-booking.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { TherapyClients } from '../../domain/therapy/therapy-clients.js';
import { TherapyCredits } from '../../domain/therapy/therapy-credits.js';
import { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';
import { MikroOrmTherapyClients } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-clients.js';
import { MikroOrmTherapyCredits } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-credits.js';
import { MikroOrmTherapySessionRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-session-repository.js';
import { provide, type Resolve } from './provide.js';

/** Therapy bookings from Simplybook through Zapier (SPEC section 9). */
export function registerTherapyModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, TherapySessionRepository, () => new MikroOrmTherapySessionRepository(em));
  provide(container, TherapyCredits, () => new MikroOrmTherapyCredits(em));
  provide(container, TherapyClients, () => new MikroOrmTherapyClients(em));
}

export function therapyUseCases(get: Resolve) {
  return {
    recordTherapyBooking: new RecordTherapyBooking(
      get(TherapySessionRepository),
      get(TherapyCredits),
      get(TherapyClients),
      get(ProfileSyncQueue),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
  };
}
