import { InMemoryFeatureRepository } from '../../src/adapters/persistence/in-memory/in-memory-feature-repository.js';
import { MikroOrmFeatureRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-feature-repository.js';
import { onEveryStore } from '../support/stores.js';
import { featureRepositoryContract, type FeaturePorts } from './feature-repository.contract.js';

onEveryStore<FeaturePorts>(featureRepositoryContract, {
  inMemory: () => ({ features: new InMemoryFeatureRepository(), seeded: false }),
  database: (database) => ({ features: new MikroOrmFeatureRepository(database.orm.em), seeded: true }),
});
