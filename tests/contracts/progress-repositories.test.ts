import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { InMemoryCourseProgressReader } from '../../src/adapters/persistence/in-memory/in-memory-course-progress-reader.js';
import { InMemoryCourseRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemoryCourseUserRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-user-repository.js';
import { InMemorySessionRepository } from '../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { InMemorySessionUserRepository } from '../../src/adapters/persistence/in-memory/in-memory-session-user-repository.js';
import { MikroOrmCourseProgressReader } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-progress-reader.js';
import { MikroOrmCourseRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import { MikroOrmCourseUserRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-user-repository.js';
import { MikroOrmSessionRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-session-repository.js';
import { MikroOrmSessionUserRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-session-user-repository.js';
import type { UserId } from '../../src/domain/shared/ids.js';
import { insertUser } from '../support/fixtures.js';
import { onEveryStore } from '../support/stores.js';
import { progressReaderContract } from './progress-reader.contract.js';
import { progressRepositoriesContract } from './progress-repositories.contract.js';
import type { ProgressPorts } from './progress-scene.js';

const adapters: Parameters<typeof onEveryStore<ProgressPorts>>[1] = {
  inMemory: () => {
    const courses = new InMemoryCourseRepository();
    const sessions = new InMemorySessionRepository();
    const courseUsers = new InMemoryCourseUserRepository();
    const sessionUsers = new InMemorySessionUserRepository(courseUsers, sessions);
    return {
      courses,
      sessions,
      courseUsers,
      sessionUsers,
      reader: new InMemoryCourseProgressReader(courses, sessions, courseUsers, sessionUsers),
      givenUser: async () => randomUUID() as UserId,
    };
  },
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    return {
      courses: new MikroOrmCourseRepository(em),
      sessions: new MikroOrmSessionRepository(em),
      courseUsers: new MikroOrmCourseUserRepository(em),
      sessionUsers: new MikroOrmSessionUserRepository(em),
      reader: new MikroOrmCourseProgressReader(em),
      givenUser: async (email) => (await insertUser(database.orm, { email })) as UserId,
    };
  },
};

onEveryStore(progressRepositoriesContract, adapters);
onEveryStore(progressReaderContract, adapters);
