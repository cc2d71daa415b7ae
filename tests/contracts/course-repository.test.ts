import { randomUUID } from 'node:crypto';
import { InMemoryCoursePartnerRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-partner-repository.js';
import { InMemoryCourseRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { MikroOrmCoursePartnerRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-partner-repository.js';
import { MikroOrmCourseRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { PartnerId } from '../../src/domain/shared/ids.js';
import { insertPartner } from '../support/fixtures.js';
import { onEveryStore } from '../support/stores.js';
import { courseRepositoryContract, type CoursePorts } from './course-repository.contract.js';

onEveryStore<CoursePorts>(courseRepositoryContract, {
  inMemory: () => {
    const partners: { id: PartnerId; name: string }[] = [];
    return {
      courses: new InMemoryCourseRepository(),
      coursePartners: new InMemoryCoursePartnerRepository(partners),
      givenPartner: async (name) => {
        const id = randomUUID() as PartnerId;
        partners.push({ id, name });
        return id;
      },
    };
  },
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    return {
      courses: new MikroOrmCourseRepository(em),
      coursePartners: new MikroOrmCoursePartnerRepository(em),
      givenPartner: async (name) => (await insertPartner(database.orm, { name })) as PartnerId,
    };
  },
});
