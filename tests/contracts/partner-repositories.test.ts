import { InMemoryFeatureRepository } from '../../src/adapters/persistence/in-memory/in-memory-feature-repository.js';
import { InMemoryPartnerAccessRepository } from '../../src/adapters/persistence/in-memory/in-memory-partner-access-repository.js';
import { InMemoryPartnerAdminRepository } from '../../src/adapters/persistence/in-memory/in-memory-partner-admin-repository.js';
import { InMemoryPartnerFeatureRepository } from '../../src/adapters/persistence/in-memory/in-memory-partner-feature-repository.js';
import { InMemoryPartnerRepository } from '../../src/adapters/persistence/in-memory/in-memory-partner-repository.js';
import { MikroOrmFeatureRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-feature-repository.js';
import { MikroOrmPartnerAccessRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-partner-access-repository.js';
import { MikroOrmPartnerAdminRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-partner-admin-repository.js';
import { MikroOrmPartnerFeatureRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-partner-feature-repository.js';
import { MikroOrmPartnerRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-partner-repository.js';
import { insertUser } from '../support/fixtures.js';
import { onEveryStore } from '../support/stores.js';
import { partnerRepositoriesContract, type PartnerPorts } from './partner-repositories.contract.js';

onEveryStore<PartnerPorts>(partnerRepositoriesContract, {
  inMemory: () => {
    const partners = new InMemoryPartnerRepository();
    return {
      partners,
      admins: new InMemoryPartnerAdminRepository(),
      partnerFeatures: new InMemoryPartnerFeatureRepository(),
      accesses: new InMemoryPartnerAccessRepository(partners),
      features: new InMemoryFeatureRepository(),
      seedUser: async () => undefined,
    };
  },
  database: ({ orm }) => ({
    partners: new MikroOrmPartnerRepository(orm.em),
    admins: new MikroOrmPartnerAdminRepository(orm.em),
    partnerFeatures: new MikroOrmPartnerFeatureRepository(orm.em),
    accesses: new MikroOrmPartnerAccessRepository(orm.em),
    features: new MikroOrmFeatureRepository(orm.em),
    seedUser: async (id) => {
      await insertUser(orm, { id, email: `contract-partner-${id}@example.com` });
    },
  }),
});
