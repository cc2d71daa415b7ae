import type { CourseProgressView } from '../../domain/profile/profile-views.js';
import type { RecordSessionProgress, SessionProgressInput } from './record-session-progress.js';

/** SPEC.md 7.2 `POST /api/v1/session-user`. Start: the rows exist, nothing is completed or undone. */
export class StartSession {
  constructor(private readonly record: RecordSessionProgress) {}

  execute(input: SessionProgressInput): Promise<CourseProgressView> {
    return this.record.execute(input, 'start');
  }
}
