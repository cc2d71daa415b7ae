import type { MikroORM } from '@mikro-orm/core';
import type { DependencyContainer } from 'tsyringe';
import { CreateFeature } from '../../application/feature/create-feature.js';
import { ListFeatures } from '../../application/feature/list-features.js';
import { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmFeatureRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-feature-repository.js';
import { provide, type Resolve } from './provide.js';

/** Features (SPEC section 6). */
export function registerFeatureModule(container: DependencyContainer, orm: MikroORM): void {
  provide(container, FeatureRepository, () => new MikroOrmFeatureRepository(orm.em));
}

export function featureUseCases(get: Resolve) {
  return {
    createFeature: new CreateFeature(get(FeatureRepository), get(UnitOfWork), get(Clock), get(IdGenerator)),
    listFeatures: new ListFeatures(get(FeatureRepository)),
  };
}
