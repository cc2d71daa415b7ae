import type { ContentStatus } from '../profile/profile-views.js';
import type { CourseId, CourseUserId, SessionId, UserId } from '../shared/ids.js';
import { ProgressRecord } from './progress-record.js';

/** One session of a course as the completion rule sees it: its status now, and the user's progress. */
export interface SessionStanding {
  sessionId: SessionId;
  status: ContentStatus;
  /** Completed by the user under any of their course_user rows (a moved session's progress follows it). */
  completed: boolean;
}

/**
 * SPEC.md 7.2: a course is completed exactly when it has at least one published session and the
 * user completed every published one; unpublished and deleted sessions never count either way.
 */
export function isCourseCompleted(sessions: readonly SessionStanding[]): boolean {
  const counted = sessions.filter((session) => session.status === 'published');
  return counted.length > 0 && counted.every((session) => session.completed);
}

/** A user's enrolment in a course, created by their first progress call on one of its sessions. */
export class CourseUser extends ProgressRecord {
  constructor(
    readonly id: CourseUserId,
    readonly userId: UserId,
    readonly courseId: CourseId,
    readonly createdAt: Date,
    updatedAt: Date,
    completed = false,
    completedAt: Date | null = null,
  ) {
    super(updatedAt, completed, completedAt);
  }

  /** `sessions` are every session of the course now, whatever their status. */
  recompute(sessions: readonly SessionStanding[], now: Date): void {
    this.markCompleted(isCourseCompleted(sessions), now);
  }
}
