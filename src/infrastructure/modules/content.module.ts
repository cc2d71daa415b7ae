import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { SyncCourseFromStory } from '../../application/content/sync-course-from-story.js';
import { CompleteSession } from '../../application/progress/complete-session.js';
import { IncompleteSession } from '../../application/progress/incomplete-session.js';
import { RecordSessionProgress } from '../../application/progress/record-session-progress.js';
import { StartSession } from '../../application/progress/start-session.js';
import {
  CoursePartnerRepository,
  CourseRepository,
  SessionRepository,
} from '../../domain/content/content-repositories.js';
import { StoryCatalog } from '../../domain/content/story-catalog.js';
import { StoryLocks } from '../../domain/content/story-locks.js';
import { CourseProgressReader } from '../../domain/profile/profile-readers.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { CourseUserRepository, SessionUserRepository } from '../../domain/progress/progress-repositories.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { StoryblokStoryCatalog } from '../../adapters/content/storyblok-story-catalog.js';
import { MikroOrmCourseProgressReader } from '../../adapters/persistence/mikro-orm/mikro-orm-course-progress-reader.js';
import { MikroOrmCoursePartnerRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-course-partner-repository.js';
import { MikroOrmCourseRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import { MikroOrmCourseUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-course-user-repository.js';
import { MikroOrmSessionRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-session-repository.js';
import { MikroOrmSessionUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-session-user-repository.js';
import { MikroOrmStoryLocks } from '../../adapters/persistence/mikro-orm/mikro-orm-story-locks.js';
import type { Config } from '../config.js';
import { singleton } from './singleton.js';

/** Storyblok content (courses, sessions, course partners) and users' progress through it. */
export function registerContentModule(container: DependencyContainer, orm: MikroORM, config: Config): void {
  const em = orm.em as SqlEntityManager;
  container.register(StoryCatalog, {
    useValue: new StoryblokStoryCatalog({ apiUrl: config.storyblok.apiUrl, token: config.storyblok.token }),
  });
  container.register(CourseRepository, { useValue: new MikroOrmCourseRepository(em) });
  container.register(SessionRepository, { useValue: new MikroOrmSessionRepository(em) });
  container.register(CoursePartnerRepository, { useValue: new MikroOrmCoursePartnerRepository(em) });
  container.register(StoryLocks, { useValue: new MikroOrmStoryLocks(em) });
  container.register(CourseUserRepository, { useValue: new MikroOrmCourseUserRepository(em) });
  container.register(SessionUserRepository, { useValue: new MikroOrmSessionUserRepository(em) });
  container.register(CourseProgressReader, { useValue: new MikroOrmCourseProgressReader(em) });

  singleton(
    container,
    SyncCourseFromStory,
    (c) =>
      new SyncCourseFromStory(
        c.resolve(StoryCatalog),
        c.resolve(CourseRepository),
        c.resolve(SessionRepository),
        c.resolve(CoursePartnerRepository),
        c.resolve(StoryLocks),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
      ),
  );
  singleton(
    container,
    RecordSessionProgress,
    (c) =>
      new RecordSessionProgress(
        c.resolve(SessionRepository),
        c.resolve(CourseUserRepository),
        c.resolve(SessionUserRepository),
        c.resolve(CourseProgressReader),
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
      ),
  );
  singleton(container, StartSession, (c) => new StartSession(c.resolve(RecordSessionProgress)));
  singleton(container, CompleteSession, (c) => new CompleteSession(c.resolve(RecordSessionProgress)));
  singleton(container, IncompleteSession, (c) => new IncompleteSession(c.resolve(RecordSessionProgress)));
}
