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
import { singleton } from './singleton.js';

export function registerTherapyModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  container.register(TherapySessionRepository, { useValue: new MikroOrmTherapySessionRepository(em) });
  container.register(TherapyCredits, { useValue: new MikroOrmTherapyCredits(em) });
  container.register(TherapyClients, { useValue: new MikroOrmTherapyClients(em) });
  singleton(
    container,
    RecordTherapyBooking,
    (c) =>
      new RecordTherapyBooking(
        c.resolve(TherapySessionRepository),
        c.resolve(TherapyCredits),
        c.resolve(TherapyClients),
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
      ),
  );
}
