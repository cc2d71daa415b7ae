import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { InMemoryCourseRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemorySessionRepository } from '../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { MikroOrmCourseRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import { MikroOrmSessionRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-session-repository.js';
import { onEveryStore } from '../support/stores.js';
import { sessionRepositoryContract, type SessionPorts } from './session-repository.contract.js';

onEveryStore<SessionPorts>(sessionRepositoryContract, {
  inMemory: () => ({ courses: new InMemoryCourseRepository(), sessions: new InMemorySessionRepository() }),
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    return { courses: new MikroOrmCourseRepository(em), sessions: new MikroOrmSessionRepository(em) };
  },
});
