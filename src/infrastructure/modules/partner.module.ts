import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { CreatePartner } from '../../application/partner/create-partner.js';
import { GetActivePartner } from '../../application/partner/get-active-partner.js';
import { ListPartners } from '../../application/partner/list-partners.js';
import { SetPartnerActive } from '../../application/partner/set-partner-active.js';
import { PartnerReader } from '../../domain/partner/partner-reader.js';
import { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmPartnerReader } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-reader.js';
import { MikroOrmPartnerRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-repository.js';
import { provide, type Resolve } from './provide.js';

/** Partner organisations (SPEC section 6). */
export function registerPartnerModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, PartnerRepository, () => new MikroOrmPartnerRepository(em));
  provide(container, PartnerReader, () => new MikroOrmPartnerReader(em));
}

export function partnerUseCases(get: Resolve) {
  return {
    createPartner: new CreatePartner(get(PartnerRepository), get(UnitOfWork), get(Clock), get(IdGenerator)),
    listPartners: new ListPartners(get(PartnerRepository)),
    getActivePartner: new GetActivePartner(get(PartnerReader)),
    setPartnerActive: new SetPartnerActive(
      get(PartnerRepository),
      get(PartnerAdminRepository),
      get(PartnerAccessRepository),
      get(UnitOfWork),
      get(Clock),
    ),
  };
}
