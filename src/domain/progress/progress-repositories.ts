import { portToken } from '../shared/port-token.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../shared/ids.js';
import type { CourseSessions } from './course-sessions.js';
import type { CourseUser } from './course-user.js';
import type { SessionUser } from './session-user.js';

/** A user's progress through courses: their course_user and session_user rows (SPEC.md 7.2). */
export interface ProgressRepository {
  /**
   * The user's row for the course, created when missing (concurrent callers get the same row),
   * locked until the unit of work ends so progress calls for one user and course run one at a
   * time, and each one's later reads see every call committed before it.
   */
  lockEnrolment(userId: UserId, courseId: CourseId, newId: CourseUserId, now: Date): Promise<CourseUser>;
  /**
   * The user's row for `sessionId` (a session of the enrolment's course), found under any of
   * their course_user rows (one started before a move), else created under `enrolment`; and
   * the course as it is now, with the user's progress in every session, that row included.
   * Callers hold the session share-locked and the enrolment locked, so no second row is made.
   */
  openSession(
    enrolment: CourseUser,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<{ progress: SessionUser; course: CourseSessions }>;
  /**
   * Writes what changed in both rows and queues the user's profile sync (SPEC.md 8: the job is
   * written with the change), together: every progress call changes what the profile shows.
   */
  record(enrolment: CourseUser, progress: SessionUser): Promise<void>;
}
export const ProgressRepository = portToken<ProgressRepository>('ProgressRepository');
