import type { ContentStatus, CourseProgressView, SessionProgressView } from '../profile/profile-views.js';
import type { CourseId, SessionId, SessionUserId } from '../shared/ids.js';
import type { CourseUser, SessionStanding } from './course-user.js';

/** What progress answers show of a course or session. */
export interface ContentSummary<Id> {
  id: Id;
  name: string;
  slug: string;
  status: ContentStatus;
  storyblokId: number | null;
  storyblokUuid: string | null;
}

/** One of the user's session_user rows, as read. */
export interface ProgressState {
  id: SessionUserId;
  completed: boolean;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionInCourse extends ContentSummary<SessionId> {
  /**
   * The user's rows for this session under any of their course_user rows (a moved session's
   * progress follows it); none when they never started it.
   */
  progress: ProgressState[];
}

/**
 * A course as it is now, as one progress call reads it once: every session of it whatever its
 * status, with the user's progress in each. It serves both the completion rule and the answer.
 */
export interface CourseSessions {
  course: ContentSummary<CourseId>;
  sessions: SessionInCourse[];
}

/** `changed` (the row this call changed) stands in for its stored state. */
const rowsOf = (session: SessionInCourse, changed: ProgressState): ProgressState[] =>
  session.progress.map((row) => (row.id === changed.id ? changed : row));

/** What CourseUser.recompute decides from, once `changed` is applied. */
export function standingsOf(course: CourseSessions, changed: ProgressState): SessionStanding[] {
  return course.sessions.map((session) => ({
    sessionId: session.id,
    status: session.status,
    completed: rowsOf(session, changed).some((row) => row.completed),
  }));
}

/**
 * The course's progress as the API answers it (CourseProgressView), the same rules as the
 * CourseProgressReader read for GET /me: the sessions the user started, oldest start first;
 * of a session's two rows (started before and after a move) the completed one, else the
 * oldest; completion and timestamps from the user's course_user row.
 */
export function courseProgressOf(
  course: CourseSessions,
  enrolment: CourseUser,
  changed: ProgressState,
): CourseProgressView {
  const started = course.sessions.flatMap((session) => {
    const [shown] = rowsOf(session, changed).sort(preferred);
    return shown ? [sessionView(session, shown)] : [];
  });
  return {
    ...summary(course.course),
    completed: enrolment.completed,
    completedAt: enrolment.completedAt,
    createdAt: enrolment.createdAt,
    updatedAt: enrolment.updatedAt,
    sessions: started.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.id, b.id)),
  };
}

const preferred = (a: ProgressState, b: ProgressState): number =>
  Number(b.completed) - Number(a.completed) ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  compareIds(a.id, b.id);

// Ids are lower-case uuids: comparing the strings orders them as PostgreSQL orders uuids.
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const summary = <Id>({ id, name, slug, status, storyblokId, storyblokUuid }: ContentSummary<Id>) => ({
  id,
  name,
  slug,
  status,
  storyblokId,
  storyblokUuid,
});

function sessionView(session: SessionInCourse, row: ProgressState): SessionProgressView {
  return {
    ...summary(session),
    completed: row.completed,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
