import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { CancelTherapyBooking } from '../../application/therapy/cancel-therapy-booking.js';
import { ListTherapyBookings } from '../../application/therapy/list-therapy-bookings.js';
import { RecordTherapyBooking } from '../../application/therapy/record-therapy-booking.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { SimplybookClient } from '../../domain/therapy/simplybook-client.js';
import { TherapyClients } from '../../domain/therapy/therapy-clients.js';
import { TherapyCredits } from '../../domain/therapy/therapy-credits.js';
import { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';
import { MikroOrmTherapyClients } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-clients.js';
import { MikroOrmTherapyCredits } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-credits.js';
import { MikroOrmTherapySessionRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-therapy-session-repository.js';
import { SimplybookRestClient } from '../../adapters/simplybook/simplybook-rest-client.js';
import { UnconfiguredSimplybookClient } from '../../adapters/simplybook/unconfigured-simplybook-client.js';
import type { Config } from '../config.js';
import { provide, type Resolve } from './provide.js';

/**
 * Therapy bookings: recorded from Simplybook through Zapier (SPEC section 9), listed and
 * cancelled by their users (SPEC 12.2) through Simplybook's admin API.
 */
export function registerTherapyModule(container: DependencyContainer, orm: MikroORM, config: Config): void {
  const em = orm.em as SqlEntityManager;
  const simplybook = config.simplybook;
  provide(container, SimplybookClient, () =>
    simplybook ? new SimplybookRestClient(simplybook) : new UnconfiguredSimplybookClient(),
  );
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
    listTherapyBookings: new ListTherapyBookings(get(TherapySessionRepository)),
    cancelTherapyBooking: new CancelTherapyBooking(
      get(TherapySessionRepository),
      get(TherapyCredits),
      get(SimplybookClient),
      get(ProfileSyncQueue),
      get(UnitOfWork),
      get(Clock),
    ),
  };
}
