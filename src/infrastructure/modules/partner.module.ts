import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { CreatePartner } from '../../application/partner/create-partner.js';
import { GetActivePartner } from '../../application/partner/get-active-partner.js';
import { ListPartners } from '../../application/partner/list-partners.js';
import { SetPartnerActive } from '../../application/partner/set-partner-active.js';
import { AccessCodeChecks } from '../../application/partner-access/access-code-checks.js';
import { AssignPartnerAccess } from '../../application/partner-access/assign-partner-access.js';
import { ListPartnerAccesses } from '../../application/partner-access/list-partner-accesses.js';
import { MintPartnerAccess } from '../../application/partner-access/mint-partner-access.js';
import { PartnerSignUpEnrolment } from '../../application/partner-access/partner-sign-up-enrolment.js';
import { UpdatePartnerAccess } from '../../application/partner-access/update-partner-access.js';
import { ValidateAccessCode } from '../../application/partner-access/validate-access-code.js';
import { CreatePartnerAdmin } from '../../application/partner-admin/create-partner-admin.js';
import { CreatePartnerAdminUser } from '../../application/partner-admin/create-partner-admin-user.js';
import { ListPartnerAdmins } from '../../application/partner-admin/list-partner-admins.js';
import { SetPartnerAdminActive } from '../../application/partner-admin/set-partner-admin-active.js';
import { CreatePartnerFeature } from '../../application/partner-feature/create-partner-feature.js';
import { GetAutomaticAccessFeature } from '../../application/partner-feature/get-automatic-access-feature.js';
import { SetPartnerFeatureActive } from '../../application/partner-feature/set-partner-feature-active.js';
import { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { PartnerReader } from '../../domain/partner/partner-reader.js';
import { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { AccessCodeGenerator } from '../../domain/partner-access/access-code-generator.js';
import { PartnerAccessReader } from '../../domain/partner-access/partner-access-reader.js';
import { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import { SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import { PartnerAdminReader } from '../../domain/partner-admin/partner-admin-reader.js';
import { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserRepository } from '../../domain/user/user-repository.js';
import { MikroOrmPartnerAccessReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-access-reader.js';
import { MikroOrmPartnerAccessRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-access-repository.js';
import { MikroOrmPartnerAdminReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-admin-reader.js';
import { MikroOrmPartnerAdminRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-admin-repository.js';
import { MikroOrmPartnerFeatureRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-feature-repository.js';
import { MikroOrmPartnerReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-reader.js';
import { MikroOrmPartnerRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-repository.js';
import { CryptoAccessCodeGenerator } from '../../adapters/system/crypto-access-code-generator.js';
import { singleton } from './singleton.js';

/** Partners, partner admins, partner features and access codes (SPEC section 6). */
export function registerPartnerModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  const partnerReader = new MikroOrmPartnerReader(em);
  container.register(PartnerRepository, { useValue: new MikroOrmPartnerRepository(orm.em) });
  container.register(PartnerAdminRepository, { useValue: new MikroOrmPartnerAdminRepository(orm.em) });
  container.register(PartnerFeatureRepository, { useValue: new MikroOrmPartnerFeatureRepository(orm.em) });
  container.register(PartnerAccessRepository, { useValue: new MikroOrmPartnerAccessRepository(orm.em) });
  container.register(PartnerReader, { useValue: partnerReader });
  container.register(PartnerAccessReader, { useValue: new MikroOrmPartnerAccessReader(em, partnerReader) });
  container.register(PartnerAdminReader, { useValue: new MikroOrmPartnerAdminReader(em) });
  container.register(AccessCodeGenerator, { useValue: new CryptoAccessCodeGenerator() });

  const uow = (c: DependencyContainer) => c.resolve<UnitOfWork>(UnitOfWork);
  const clock = (c: DependencyContainer) => c.resolve<Clock>(Clock);
  const ids = (c: DependencyContainer) => c.resolve<IdGenerator>(IdGenerator);
  const partners = (c: DependencyContainer) => c.resolve<PartnerRepository>(PartnerRepository);
  const admins = (c: DependencyContainer) => c.resolve<PartnerAdminRepository>(PartnerAdminRepository);
  const partnerFeatures = (c: DependencyContainer) =>
    c.resolve<PartnerFeatureRepository>(PartnerFeatureRepository);
  const accesses = (c: DependencyContainer) => c.resolve<PartnerAccessRepository>(PartnerAccessRepository);
  const features = (c: DependencyContainer) => c.resolve<FeatureRepository>(FeatureRepository);
  const users = (c: DependencyContainer) => c.resolve<UserRepository>(UserRepository);
  const profiles = (c: DependencyContainer) => c.resolve<ProfileSyncQueue>(ProfileSyncQueue);

  singleton(container, CreatePartner, (c) => new CreatePartner(partners(c), uow(c), clock(c), ids(c)));
  singleton(container, ListPartners, (c) => new ListPartners(partners(c)));
  singleton(container, GetActivePartner, (c) => new GetActivePartner(c.resolve(PartnerReader)));
  singleton(
    container,
    SetPartnerActive,
    (c) => new SetPartnerActive(partners(c), admins(c), accesses(c), uow(c), clock(c)),
  );

  singleton(
    container,
    CreatePartnerAdmin,
    (c) => new CreatePartnerAdmin(admins(c), partners(c), users(c), uow(c), clock(c), ids(c)),
  );
  singleton(
    container,
    CreatePartnerAdminUser,
    (c) =>
      new CreatePartnerAdminUser(
        c.resolve(CreatePartnerAdmin),
        admins(c),
        partners(c),
        users(c),
        c.resolve(IdentityProvider),
        uow(c),
        clock(c),
        ids(c),
        c.resolve(OperationsLog),
      ),
  );
  singleton(container, ListPartnerAdmins, (c) => new ListPartnerAdmins(c.resolve(PartnerAdminReader)));
  singleton(container, SetPartnerAdminActive, (c) => new SetPartnerAdminActive(admins(c), uow(c), clock(c)));

  singleton(
    container,
    CreatePartnerFeature,
    (c) => new CreatePartnerFeature(partnerFeatures(c), partners(c), features(c), uow(c), clock(c), ids(c)),
  );
  singleton(
    container,
    SetPartnerFeatureActive,
    (c) => new SetPartnerFeatureActive(partnerFeatures(c), uow(c), clock(c)),
  );
  singleton(
    container,
    GetAutomaticAccessFeature,
    (c) => new GetAutomaticAccessFeature(partners(c), features(c), partnerFeatures(c)),
  );

  singleton(
    container,
    AccessCodeChecks,
    (c) => new AccessCodeChecks(accesses(c), partners(c), profiles(c), clock(c)),
  );
  singleton(container, ValidateAccessCode, (c) => new ValidateAccessCode(c.resolve(AccessCodeChecks)));
  singleton(
    container,
    AssignPartnerAccess,
    (c) => new AssignPartnerAccess(c.resolve(AccessCodeChecks), uow(c)),
  );
  singleton(
    container,
    MintPartnerAccess,
    (c) =>
      new MintPartnerAccess(
        partners(c),
        admins(c),
        accesses(c),
        c.resolve(AccessCodeGenerator),
        uow(c),
        clock(c),
        ids(c),
      ),
  );
  singleton(
    container,
    UpdatePartnerAccess,
    (c) => new UpdatePartnerAccess(accesses(c), profiles(c), uow(c), clock(c)),
  );
  singleton(container, ListPartnerAccesses, (c) => new ListPartnerAccesses(c.resolve(PartnerAccessReader)));
  singleton(
    container,
    SignUpEnrolment,
    (c) =>
      new PartnerSignUpEnrolment(
        c.resolve(AccessCodeChecks),
        partners(c),
        features(c),
        partnerFeatures(c),
        accesses(c),
        uow(c),
        clock(c),
        ids(c),
      ),
  );
}
