import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { ListCourseProgress } from '../../application/progress/list-course-progress.js';
import { RecordSessionProgress } from '../../application/progress/record-session-progress.js';
import { SessionRepository } from '../../domain/content/content-repositories.js';
import { CourseProgressReader } from '../../domain/profile/profile-readers.js';
import { ProgressRepository } from '../../domain/progress/progress-repositories.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { MikroOrmCourseProgressReader } from '../../adapters/persistence/mikro-orm/mikro-orm-course-progress-reader.js';
import { MikroOrmProgressRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-progress-repository.js';
import { provide, type Resolve } from './provide.js';

/** Users' progress through courses and sessions (SPEC 7.2). */
export function registerProgressModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, ProgressRepository, () => new MikroOrmProgressRepository(em));
  provide(container, CourseProgressReader, () => new MikroOrmCourseProgressReader(em));
}

export function progressUseCases(get: Resolve) {
  const recordSessionProgress = new RecordSessionProgress(
    get(SessionRepository),
    get(ProgressRepository),
    get(UnitOfWork),
    get(Clock),
    get(IdGenerator),
  );
  return { recordSessionProgress, listCourseProgress: new ListCourseProgress(get(CourseProgressReader)) };
}
