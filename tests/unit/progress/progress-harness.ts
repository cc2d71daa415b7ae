import { InMemoryCourseProgressReader } from '../../../src/adapters/persistence/in-memory/in-memory-course-progress-reader.js';
import { InMemoryCourseRepository } from '../../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemoryProfileSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryProgressRepository } from '../../../src/adapters/persistence/in-memory/in-memory-progress-repository.js';
import { InMemorySessionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import {
  RecordSessionProgress,
  type SessionProgressInput,
} from '../../../src/application/progress/record-session-progress.js';
import type { ProgressChange } from '../../../src/domain/progress/progress-change.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { T0 } from '../../builders/course.builder.js';

export const USER = 'u0000000-0000-4000-8000-000000000001' as UserId;

/** The progress use cases over in-memory adapters, with a clock the test moves. */
export function progressHarness() {
  let now = T0;
  let next = 0;
  const courses = new InMemoryCourseRepository();
  const sessions = new InMemorySessionRepository();
  const profiles = new InMemoryProfileSyncQueue();
  const progress = new InMemoryProgressRepository(courses, sessions, profiles);
  const record = new RecordSessionProgress(
    sessions,
    progress,
    new InMemoryUnitOfWork(),
    { now: () => now },
    { uuid: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}` },
  );
  return {
    courses,
    sessions,
    progress,
    profiles,
    reader: new InMemoryCourseProgressReader(courses, sessions, progress),
    start: call(record, 'start'),
    complete: call(record, 'complete'),
    incomplete: call(record, 'incomplete'),
    setNow: (date: Date) => {
      now = date;
    },
  };
}

/** One of the three calls of SPEC.md 7.2, as its route makes it. */
function call(record: RecordSessionProgress, change: ProgressChange) {
  return { execute: (input: Omit<SessionProgressInput, 'change'>) => record.execute({ ...input, change }) };
}
