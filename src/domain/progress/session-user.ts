import type { CourseUserId, SessionId, SessionUserId } from '../shared/ids.js';
import { ProgressRecord } from './progress-record.js';

/** A user's progress in one session; it stays on the course_user row it was started under. */
export class SessionUser extends ProgressRecord {
  constructor(
    readonly id: SessionUserId,
    readonly courseUserId: CourseUserId,
    readonly sessionId: SessionId,
    readonly createdAt: Date,
    updatedAt: Date,
    completed = false,
    completedAt: Date | null = null,
  ) {
    super(updatedAt, completed, completedAt);
  }

  /** A repeat keeps the first completion time. */
  complete(now: Date): void {
    this.markCompleted(true, now);
  }

  reopen(now: Date): void {
    this.markCompleted(false, now);
  }
}
