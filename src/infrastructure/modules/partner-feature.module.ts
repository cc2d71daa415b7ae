import type { MikroORM } from '@mikro-orm/core';
import type { DependencyContainer } from 'tsyringe';
import { CreatePartnerFeature } from '../../application/partner-feature/create-partner-feature.js';
import { GetAutomaticAccessFeature } from '../../application/partner-feature/get-automatic-access-feature.js';
import { SetPartnerFeatureActive } from '../../application/partner-feature/set-partner-feature-active.js';
import { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmPartnerFeatureRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-partner-feature-repository.js';
import { provide, type Resolve } from './provide.js';

/** Which features each partner has switched on (SPEC section 6). */
export function registerPartnerFeatureModule(container: DependencyContainer, orm: MikroORM): void {
  provide(container, PartnerFeatureRepository, () => new MikroOrmPartnerFeatureRepository(orm.em));
}

export function partnerFeatureUseCases(get: Resolve) {
  return {
    createPartnerFeature: new CreatePartnerFeature(
      get(PartnerFeatureRepository),
      get(PartnerRepository),
      get(FeatureRepository),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
    setPartnerFeatureActive: new SetPartnerFeatureActive(
      get(PartnerFeatureRepository),
      get(UnitOfWork),
      get(Clock),
    ),
    getAutomaticAccessFeature: new GetAutomaticAccessFeature(
      get(PartnerRepository),
      get(FeatureRepository),
      get(PartnerFeatureRepository),
    ),
  };
}
