import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type { CourseSessions, ProgressState } from '../../../domain/progress/course-sessions.js';
import { CourseUser } from '../../../domain/progress/course-user.js';
import type { ProgressRepository } from '../../../domain/progress/progress-repositories.js';
import { SessionUser } from '../../../domain/progress/session-user.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../../../domain/shared/ids.js';
import type { InMemoryCourseRepository } from './in-memory-course-repository.js';
import type { InMemorySessionRepository } from './in-memory-session-repository.js';

/**
 * Locks are the in-memory unit of work's job: it runs units one at a time. Rows are handed out
 * as copies, so a change is kept only once `record` writes it, as in the database.
 */
export class InMemoryProgressRepository implements ProgressRepository {
  private readonly enrolmentRows = new Map<CourseUserId, CourseUser>();
  private readonly sessionRows = new Map<SessionUserId, SessionUser>();

  constructor(
    private readonly courses: InMemoryCourseRepository,
    private readonly sessions: InMemorySessionRepository,
    private readonly profiles: ProfileSyncQueue,
  ) {}

  enrolments(): CourseUser[] {
    return [...this.enrolmentRows.values()];
  }

  /** The user's session rows, completed ones first, then oldest first (the order a session's row is picked by). */
  ofUser(userId: UserId): SessionUser[] {
    const mine = new Set(
      this.enrolments()
        .filter((cu) => cu.userId === userId)
        .map((cu) => cu.id),
    );
    return [...this.sessionRows.values()]
      .filter((row) => mine.has(row.courseUserId))
      .sort(
        (a, b) =>
          Number(b.completed) - Number(a.completed) ||
          a.createdAt.getTime() - b.createdAt.getTime() ||
          a.id.localeCompare(b.id),
      );
  }

  async lockEnrolment(
    userId: UserId,
    courseId: CourseId,
    newId: CourseUserId,
    now: Date,
  ): Promise<CourseUser> {
    let row = this.enrolments().find((cu) => cu.userId === userId && cu.courseId === courseId);
    if (!row) {
      row = new CourseUser(newId, userId, courseId, now, now);
      this.enrolmentRows.set(row.id, row);
    }
    return copyOfEnrolment(row);
  }

  async openSession(
    enrolment: CourseUser,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<{ progress: SessionUser; course: CourseSessions }> {
    const course = await this.courses.findById(enrolment.courseId);
    if (!course) throw new Error('no such course');
    let row = this.ofUser(enrolment.userId).find((su) => su.sessionId === sessionId);
    if (!row) {
      row = new SessionUser(newId, enrolment.id, sessionId, now, now);
      this.sessionRows.set(row.id, row);
    }
    const mine = this.ofUser(enrolment.userId);
    const sessions = this.sessions
      .all()
      .filter((session) => session.courseId === course.id)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((session) => ({
        ...contentOf(session),
        progress: mine.filter((su) => su.sessionId === session.id).map(stateOf),
      }));
    return { progress: copyOfProgress(row), course: { course: contentOf(course), sessions } };
  }

  async record(enrolment: CourseUser, progress: SessionUser): Promise<void> {
    this.enrolmentRows.set(enrolment.id, copyOfEnrolment(enrolment));
    this.sessionRows.set(progress.id, copyOfProgress(progress));
    await this.profiles.enqueue(enrolment.userId);
  }
}

const copyOfEnrolment = (cu: CourseUser): CourseUser =>
  new CourseUser(cu.id, cu.userId, cu.courseId, cu.createdAt, cu.updatedAt, cu.completed, cu.completedAt);

const copyOfProgress = (su: SessionUser): SessionUser =>
  new SessionUser(
    su.id,
    su.courseUserId,
    su.sessionId,
    su.createdAt,
    su.updatedAt,
    su.completed,
    su.completedAt,
  );

const stateOf = ({ id, completed, completedAt, createdAt, updatedAt }: SessionUser): ProgressState => ({
  id,
  completed,
  completedAt,
  createdAt,
  updatedAt,
});

const contentOf = <Id>(item: {
  id: Id;
  name: string;
  slug: string;
  status: CourseSessions['course']['status'];
  storyblokId: number | null;
  storyblokUuid: string | null;
}) => ({
  id: item.id,
  name: item.name,
  slug: item.slug,
  status: item.status,
  storyblokId: item.storyblokId,
  storyblokUuid: item.storyblokUuid,
});
