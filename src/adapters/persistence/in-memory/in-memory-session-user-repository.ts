import type { SessionStanding } from '../../../domain/progress/course-user.js';
import { SessionUser } from '../../../domain/progress/session-user.js';
import type { SessionUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../../../domain/shared/ids.js';
import type { InMemoryCourseUserRepository } from './in-memory-course-user-repository.js';
import type { InMemorySessionRepository } from './in-memory-session-repository.js';

export class InMemorySessionUserRepository implements SessionUserRepository {
  private readonly rows = new Map<SessionUserId, SessionUser>();

  constructor(
    private readonly courseUsers: InMemoryCourseUserRepository,
    private readonly sessions: InMemorySessionRepository,
  ) {}

  /** The user's rows, completed ones first, then oldest first (the order findForUser picks by). */
  ofUser(userId: UserId): SessionUser[] {
    const mine = new Set(
      this.courseUsers
        .all()
        .filter((cu) => cu.userId === userId)
        .map((cu) => cu.id),
    );
    return [...this.rows.values()]
      .filter((row) => mine.has(row.courseUserId))
      .sort(
        (a, b) =>
          Number(b.completed) - Number(a.completed) ||
          a.createdAt.getTime() - b.createdAt.getTime() ||
          a.id.localeCompare(b.id),
      );
  }

  /** The (user, session) lock is the in-memory unit of work's: it runs units one at a time. */
  async findForUser(userId: UserId, sessionId: SessionId): Promise<SessionUser | null> {
    return this.ofUser(userId).find((row) => row.sessionId === sessionId) ?? null;
  }

  async ensure(
    courseUserId: CourseUserId,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<SessionUser> {
    const existing = [...this.rows.values()].find(
      (row) => row.courseUserId === courseUserId && row.sessionId === sessionId,
    );
    if (existing) return existing;
    const created = new SessionUser(newId, courseUserId, sessionId, now, now);
    this.rows.set(created.id, created);
    return created;
  }

  async save(sessionUser: SessionUser): Promise<void> {
    this.rows.set(sessionUser.id, sessionUser);
  }

  async standings(userId: UserId, courseId: CourseId): Promise<SessionStanding[]> {
    const completed = new Set(
      this.ofUser(userId)
        .filter((row) => row.completed)
        .map((row) => row.sessionId),
    );
    return this.sessions
      .all()
      .filter((session) => session.courseId === courseId)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((session) => ({
        sessionId: session.id,
        status: session.status,
        completed: completed.has(session.id),
      }));
  }
}
