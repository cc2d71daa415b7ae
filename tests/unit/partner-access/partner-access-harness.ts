import { AccessCodeChecks } from '../../../src/application/partner-access/access-code-checks.js';
import { AssignPartnerAccess } from '../../../src/application/partner-access/assign-partner-access.js';
import { InMemoryPartnerAccessReader } from '../../../src/adapters/persistence/in-memory/in-memory-partner-access-reader.js';
import { InMemoryFeatureRepository } from '../../../src/adapters/persistence/in-memory/in-memory-feature-repository.js';
import { InMemoryPartnerAccessRepository } from '../../../src/adapters/persistence/in-memory/in-memory-partner-access-repository.js';
import { InMemoryPartnerAdminRepository } from '../../../src/adapters/persistence/in-memory/in-memory-partner-admin-repository.js';
import { InMemoryPartnerFeatureRepository } from '../../../src/adapters/persistence/in-memory/in-memory-partner-feature-repository.js';
import { InMemoryPartnerRepository } from '../../../src/adapters/persistence/in-memory/in-memory-partner-repository.js';
import { InMemoryProfileSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import type { Clock } from '../../../src/domain/shared/clock.js';
import type { IdGenerator } from '../../../src/domain/shared/id-generator.js';
import { T0 } from '../../builders/partner.builder.js';

/** A clock the test moves by hand. */
export class FixedClock implements Clock {
  constructor(public current: Date = T0) {}
  now(): Date {
    return new Date(this.current);
  }
}

/** Ids in order: ...0001, ...0002, ... */
export class SequentialIds implements IdGenerator {
  private next = 0;
  uuid(): string {
    this.next += 1;
    return `b0000000-0000-4000-8000-${String(this.next).padStart(12, '0')}`;
  }
}

/** The partner ports on in-memory adapters, with a fixed clock. */
export function partnerHarness() {
  const clock = new FixedClock();
  const partners = new InMemoryPartnerRepository();
  const ports = {
    clock,
    ids: new SequentialIds(),
    uow: new InMemoryUnitOfWork(),
    partners,
    admins: new InMemoryPartnerAdminRepository(),
    accesses: new InMemoryPartnerAccessRepository(partners),
    features: new InMemoryFeatureRepository(),
    partnerFeatures: new InMemoryPartnerFeatureRepository(),
    profiles: new InMemoryProfileSyncQueue(),
  };
  const checks = new AccessCodeChecks(ports.accesses, clock);
  const reader = new InMemoryPartnerAccessReader(ports.accesses, ports.partners);
  const assign = new AssignPartnerAccess(checks, ports.accesses, reader, ports.profiles, ports.uow, clock);
  return { ...ports, checks, reader, assign };
}
