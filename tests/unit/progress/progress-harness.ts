import { InMemoryCourseProgressReader } from '../../../src/adapters/persistence/in-memory/in-memory-course-progress-reader.js';
import { InMemoryCourseRepository } from '../../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemoryCourseUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-course-user-repository.js';
import { InMemoryProfileSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemorySessionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { InMemorySessionUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-session-user-repository.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { CompleteSession } from '../../../src/application/progress/complete-session.js';
import { IncompleteSession } from '../../../src/application/progress/incomplete-session.js';
import { RecordSessionProgress } from '../../../src/application/progress/record-session-progress.js';
import { StartSession } from '../../../src/application/progress/start-session.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { T0 } from '../../builders/course.builder.js';

export const USER = 'u0000000-0000-4000-8000-000000000001' as UserId;

/** The progress use cases over in-memory adapters, with a clock the test moves. */
export function progressHarness() {
  let now = T0;
  let next = 0;
  const courses = new InMemoryCourseRepository();
  const sessions = new InMemorySessionRepository();
  const courseUsers = new InMemoryCourseUserRepository();
  const sessionUsers = new InMemorySessionUserRepository(courseUsers, sessions);
  const profiles = new InMemoryProfileSyncQueue();
  const record = new RecordSessionProgress(
    sessions,
    courseUsers,
    sessionUsers,
    new InMemoryCourseProgressReader(courses, sessions, courseUsers, sessionUsers),
    profiles,
    new InMemoryUnitOfWork(),
    { now: () => now },
    { uuid: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}` },
  );
  return {
    courses,
    sessions,
    courseUsers,
    sessionUsers,
    profiles,
    start: new StartSession(record),
    complete: new CompleteSession(record),
    incomplete: new IncompleteSession(record),
    setNow: (date: Date) => {
      now = date;
    },
  };
}
