import type { MikroORM } from '@mikro-orm/core';
import type { DependencyContainer } from 'tsyringe';
import { CreateFeature } from '../../application/feature/create-feature.js';
import { ListFeatures } from '../../application/feature/list-features.js';
import { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmFeatureRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-feature-repository.js';
import { singleton } from './singleton.js';

export function registerFeatureModule(container: DependencyContainer, orm: MikroORM): void {
  container.register(FeatureRepository, { useValue: new MikroOrmFeatureRepository(orm.em) });
  singleton(
    container,
    CreateFeature,
    (c) =>
      new CreateFeature(
        c.resolve(FeatureRepository),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
      ),
  );
  singleton(container, ListFeatures, (c) => new ListFeatures(c.resolve(FeatureRepository)));
}
