import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { CourseRepository, SessionRepository } from '../../src/domain/content/content-repositories.js';
import type { ProgressRepository } from '../../src/domain/progress/progress-repositories.js';
import type { CourseProgressReader } from '../../src/domain/profile/profile-readers.js';
import type { CourseId, CourseUserId, SessionUserId, UserId } from '../../src/domain/shared/ids.js';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import { sessionContent, sessionId } from '../builders/session.builder.js';
import type { Store } from '../support/stores.js';

export interface ProgressPorts {
  courses: CourseRepository;
  sessions: SessionRepository;
  progress: ProgressRepository;
  reader: CourseProgressReader;
  givenUser(email: string): Promise<UserId>;
  /** The users whose profile sync is queued. */
  queued(): Promise<UserId[]>;
}

export const cuId = (n: number) => `c0000000-0000-4000-8000-00000000a00${n}` as CourseUserId;
export const suId = (n: number) =>
  `5e000000-0000-4000-8000-00000000b0${String(n).padStart(2, '0')}` as SessionUserId;

/**
 * Hooks for a progress contract: a fresh store per test holding two courses, sessions 1-3 of
 * the first, and one user. `start` has the user start session `n` (of `courseId` now) under
 * the course_user row of `courseId` at later(n), optionally completing it.
 */
export function progressScene(open: () => Promise<Store<ProgressPorts>>) {
  let store: Store<ProgressPorts>;
  let user: UserId;
  const ports = () => store.ports;
  const run = <T>(work: () => Promise<T>) => store.uow.run(work);
  const start = (n: number, courseId: CourseId = COURSE_ID, completeAt?: Date) =>
    run(async () => {
      const cu = await ports().progress.lockEnrolment(
        user,
        courseId,
        cuId(courseId === COURSE_ID ? 1 : 2),
        later(n),
      );
      const { progress } = await ports().progress.openSession(cu, sessionId(n), suId(n), later(n));
      if (completeAt) progress.complete(completeAt);
      await ports().progress.record(cu, progress);
      return progress;
    });

  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.reset();
    user = await ports().givenUser('progress-contract@example.org');
    await run(async () => {
      await ports().courses.upsertPublished(courseContent(), COURSE_ID, T0);
      await ports().courses.upsertPublished(
        courseContent({
          storyblokId: 1002,
          storyblokUuid: 'other-course-uuid',
          name: 'Other',
          slug: 'courses/other',
        }),
        OTHER_COURSE_ID,
        T0,
      );
      for (const n of [1, 2, 3]) {
        await ports().sessions.upsertPublished(sessionContent(COURSE_ID, n), sessionId(n), T0);
      }
    });
  });

  return { ports, run, start, user: () => user };
}
