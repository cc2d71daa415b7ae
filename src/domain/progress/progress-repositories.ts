import { portToken } from '../shared/port-token.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../shared/ids.js';
import type { CourseUser, SessionStanding } from './course-user.js';
import type { SessionUser } from './session-user.js';

export interface CourseUserRepository {
  /**
   * The user's row for the course, created when missing (concurrent callers get the same row),
   * locked until the unit of work ends so recomputations of one course run one at a time.
   */
  ensureLocked(userId: UserId, courseId: CourseId, newId: CourseUserId, now: Date): Promise<CourseUser>;
  save(courseUser: CourseUser): Promise<void>;
}
export const CourseUserRepository = portToken<CourseUserRepository>('CourseUserRepository');

export interface SessionUserRepository {
  /**
   * The user's row for the session under any of their course_user rows (a moved session's stays
   * on the old one). Callers hold the session share-locked and the course_user row locked, so
   * concurrent calls for one session run one at a time and each sees the others' rows.
   */
  findForUser(userId: UserId, sessionId: SessionId): Promise<SessionUser | null>;
  /** The row for (courseUserId, sessionId), created when missing; concurrent callers get the same row. */
  ensure(
    courseUserId: CourseUserId,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<SessionUser>;
  save(sessionUser: SessionUser): Promise<void>;
  /**
   * Every session of the course now, whatever its status, with whether the user completed it
   * under any of their course_user rows: what CourseUser.recompute decides from.
   */
  standings(userId: UserId, courseId: CourseId): Promise<SessionStanding[]>;
}
export const SessionUserRepository = portToken<SessionUserRepository>('SessionUserRepository');
