import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { SyncCourseFromStory } from '../../application/content/sync-course-from-story.js';
import {
  CoursePartnerRepository,
  CourseRepository,
  ResourceRepository,
  SessionRepository,
} from '../../domain/content/content-repositories.js';
import { StoryCatalog } from '../../domain/content/story-catalog.js';
import { StoryLocks } from '../../domain/content/story-locks.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { StoryblokStoryCatalog } from '../../adapters/content/storyblok-story-catalog.js';
import { MikroOrmCoursePartnerRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-course-partner-repository.js';
import { MikroOrmCourseRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-course-repository.js';
import { MikroOrmSessionRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-session-repository.js';
import { MikroOrmResourceRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-resource-repository.js';
import { MikroOrmStoryLocks } from '../../adapters/persistence/mikro-orm/mikro-orm-story-locks.js';
import type { Config } from '../config.js';
import { provide, type Resolve } from './provide.js';

/** Storyblok content copied by its webhook: courses, sessions and their partners (SPEC 7.1), resources (13.2). */
export function registerContentModule(container: DependencyContainer, orm: MikroORM, config: Config): void {
  const em = orm.em as SqlEntityManager;
  provide(
    container,
    StoryCatalog,
    () => new StoryblokStoryCatalog({ apiUrl: config.storyblok.apiUrl, token: config.storyblok.token }),
  );
  provide(container, CourseRepository, () => new MikroOrmCourseRepository(em));
  provide(container, SessionRepository, () => new MikroOrmSessionRepository(em));
  provide(container, CoursePartnerRepository, () => new MikroOrmCoursePartnerRepository(em));
  provide(container, StoryLocks, () => new MikroOrmStoryLocks(em));
  provide(container, ResourceRepository, () => new MikroOrmResourceRepository(em));
}

export function contentUseCases(get: Resolve) {
  return {
    syncCourseFromStory: new SyncCourseFromStory(
      get(StoryCatalog),
      get(CourseRepository),
      get(SessionRepository),
      get(CoursePartnerRepository),
      get(ResourceRepository),
      get(StoryLocks),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
  };
}
