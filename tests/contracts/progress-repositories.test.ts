import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { InMemoryCourseProgressReader } from '../../src/adapters/persistence/in-memory/in-memory-course-progress-reader.js';
import { InMemoryCourseRepository } from '../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemoryProfileSyncQueue } from '../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryProgressRepository } from '../../src/adapters/persistence/in-memory/in-memory-progress-repository.js';
import { InMemorySessionRepository } from '../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { MikroOrmCourseProgressReader } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-progress-reader.js';
import { MikroOrmCourseRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import { MikroOrmProgressRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-progress-repository.js';
import { MikroOrmSessionRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-session-repository.js';
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
    const queue = new InMemoryProfileSyncQueue();
    const progress = new InMemoryProgressRepository(courses, sessions, queue);
    return {
      courses,
      sessions,
      progress,
      reader: new InMemoryCourseProgressReader(courses, sessions, progress),
      givenUser: async () => randomUUID() as UserId,
      queued: async () => [...queue.queued],
    };
  },
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    return {
      courses: new MikroOrmCourseRepository(em),
      sessions: new MikroOrmSessionRepository(em),
      progress: new MikroOrmProgressRepository(em),
      reader: new MikroOrmCourseProgressReader(em),
      givenUser: async (email) => (await insertUser(database.orm, { email })) as UserId,
      queued: async () => {
        const rows: { user_id: UserId }[] = await em
          .getConnection()
          .execute(`select user_id from profile_sync_job where kind = 'chat_profile' order by user_id`);
        return rows.map((row) => row.user_id);
      },
    };
  },
};

onEveryStore(progressRepositoriesContract, adapters);
onEveryStore(progressReaderContract, adapters);
