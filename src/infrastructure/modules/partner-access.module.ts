import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { AccessCodeChecks } from '../../application/partner-access/access-code-checks.js';
import { AssignPartnerAccess } from '../../application/partner-access/assign-partner-access.js';
import { ListPartnerAccesses } from '../../application/partner-access/list-partner-accesses.js';
import { MintPartnerAccess } from '../../application/partner-access/mint-partner-access.js';
import { PartnerSignUpEnrolment } from '../../application/partner-access/partner-sign-up-enrolment.js';
import { UpdatePartnerAccess } from '../../application/partner-access/update-partner-access.js';
import { ValidateAccessCode } from '../../application/partner-access/validate-access-code.js';
import { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { AccessCodeGenerator } from '../../domain/partner-access/access-code-generator.js';
import { PartnerAccessReader } from '../../domain/partner-access/partner-access-reader.js';
import { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import { SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmPartnerAccessReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-access-reader.js';
import { MikroOrmPartnerAccessRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-access-repository.js';
import { MikroOrmPartnerReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-reader.js';
import { CryptoAccessCodeGenerator } from '../../adapters/system/crypto-access-code-generator.js';
import { provide, type Resolve } from './provide.js';

/** Access codes: minting, validating, claiming, and the partner side of sign-up (SPEC 5.1, 6). */
export function registerPartnerAccessModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, PartnerAccessRepository, () => new MikroOrmPartnerAccessRepository(em));
  provide(
    container,
    PartnerAccessReader,
    () => new MikroOrmPartnerAccessReader(em, new MikroOrmPartnerReader(em)),
  );
  provide(container, AccessCodeGenerator, () => new CryptoAccessCodeGenerator());
  // Sign-up (user feature) enrols through this port; its implementation is this feature's.
  provide(
    container,
    SignUpEnrolment,
    (get) =>
      new PartnerSignUpEnrolment(
        accessCodeChecks(get),
        assignPartnerAccess(get),
        get(PartnerRepository),
        get(FeatureRepository),
        get(PartnerFeatureRepository),
        get(PartnerAccessRepository),
        get(UnitOfWork),
        get(Clock),
        get(IdGenerator),
      ),
  );
}

export function partnerAccessUseCases(get: Resolve) {
  return {
    validateAccessCode: new ValidateAccessCode(accessCodeChecks(get)),
    assignPartnerAccess: assignPartnerAccess(get),
    mintPartnerAccess: new MintPartnerAccess(
      get(PartnerRepository),
      get(PartnerAdminRepository),
      get(PartnerAccessRepository),
      get(AccessCodeGenerator),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
    updatePartnerAccess: new UpdatePartnerAccess(
      get(PartnerAccessRepository),
      get(PartnerAccessReader),
      get(ProfileSyncQueue),
      get(UnitOfWork),
      get(Clock),
    ),
    listPartnerAccesses: new ListPartnerAccesses(get(PartnerAccessReader)),
  };
}

function accessCodeChecks(get: Resolve): AccessCodeChecks {
  return new AccessCodeChecks(get(PartnerAccessRepository), get(Clock));
}

function assignPartnerAccess(get: Resolve): AssignPartnerAccess {
  return new AssignPartnerAccess(
    accessCodeChecks(get),
    get(PartnerAccessRepository),
    get(PartnerAccessReader),
    get(ProfileSyncQueue),
    get(UnitOfWork),
    get(Clock),
  );
}
