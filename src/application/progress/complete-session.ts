import type { CourseProgressView } from '../../domain/profile/profile-views.js';
import type { RecordSessionProgress, SessionProgressInput } from './record-session-progress.js';

/** SPEC.md 7.2 `POST /api/v1/session-user/complete`. Marks the session completed (completedAt now, kept on repeats) and recomputes the course. */
export class CompleteSession {
  constructor(private readonly record: RecordSessionProgress) {}

  execute(input: SessionProgressInput): Promise<CourseProgressView> {
    return this.record.execute(input, 'complete');
  }
}
