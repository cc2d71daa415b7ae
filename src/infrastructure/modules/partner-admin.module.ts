import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { OpenAccount } from '../../application/identity/open-account.js';
import { CreatePartnerAdmin } from '../../application/partner-admin/create-partner-admin.js';
import { CreatePartnerAdminUser } from '../../application/partner-admin/create-partner-admin-user.js';
import { ListPartnerAdmins } from '../../application/partner-admin/list-partner-admins.js';
import { SetPartnerAdminActive } from '../../application/partner-admin/set-partner-admin-active.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerAdminReader } from '../../domain/partner-admin/partner-admin-reader.js';
import { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserRepository } from '../../domain/user/user-repository.js';
import { MikroOrmPartnerAdminReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-admin-reader.js';
import { MikroOrmPartnerAdminRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-admin-repository.js';
import { provide, type Resolve } from './provide.js';

/** Partner admins (SPEC section 6). */
export function registerPartnerAdminModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, PartnerAdminRepository, () => new MikroOrmPartnerAdminRepository(em));
  provide(container, PartnerAdminReader, () => new MikroOrmPartnerAdminReader(em));
}

export function partnerAdminUseCases(get: Resolve) {
  const createPartnerAdmin = new CreatePartnerAdmin(
    get(PartnerAdminRepository),
    get(PartnerRepository),
    get(UserRepository),
    get(UnitOfWork),
    get(Clock),
    get(IdGenerator),
  );
  return {
    createPartnerAdmin,
    createPartnerAdminUser: new CreatePartnerAdminUser(
      createPartnerAdmin,
      get(PartnerAdminRepository),
      get(PartnerRepository),
      get(UserRepository),
      new OpenAccount(get(IdentityProvider), get(UnitOfWork), get(OperationsLog)),
      get(Clock),
      get(IdGenerator),
    ),
    listPartnerAdmins: new ListPartnerAdmins(get(PartnerAdminReader)),
    setPartnerAdminActive: new SetPartnerAdminActive(
      get(PartnerAdminRepository),
      get(UnitOfWork),
      get(Clock),
    ),
  };
}
