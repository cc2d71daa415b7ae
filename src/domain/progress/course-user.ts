import type { CourseId, CourseUserId, UserId } from '../shared/ids.js';
import { ProgressRecord } from './progress-record.js';

/** How far a user is through the published sessions of a course (SPEC.md 7.2). */
export interface CourseTally {
  publishedSessions: number;
  completedPublishedSessions: number;
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

  /** Completed exactly when the course has a published session and the user completed every one. */
  recompute(tally: CourseTally, now: Date): void {
    this.markCompleted(
      tally.publishedSessions > 0 && tally.completedPublishedSessions >= tally.publishedSessions,
      now,
    );
  }
}
