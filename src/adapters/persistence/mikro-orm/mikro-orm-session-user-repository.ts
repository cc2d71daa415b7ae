import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { CourseTally } from '../../../domain/progress/course-user.js';
import { SessionUser } from '../../../domain/progress/session-user.js';
import type { SessionUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../../../domain/shared/ids.js';

export class MikroOrmSessionUserRepository implements SessionUserRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async findForUser(userId: UserId, sessionId: SessionId): Promise<SessionUser | null> {
    const rows: Record<string, unknown>[] = await this.em.execute(
      `select su.* from "session_user" su join course_user cu on cu.id = su.course_user_id
        where cu.user_id = ? and su.session_id = ?
        order by su.completed desc, su.created_at, su.id limit 1`,
      [userId, sessionId],
    );
    // map() turns the raw row into a managed entity, so a later save flushes its changes.
    return rows[0] ? this.em.map(SessionUser, rows[0]) : null;
  }

  async ensure(
    courseUserId: CourseUserId,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<SessionUser> {
    const inserted: Record<string, unknown>[] = await this.em.execute(
      `insert into "session_user" (id, created_at, updated_at, course_user_id, session_id) values (?, ?, ?, ?, ?)
       on conflict (course_user_id, session_id) do nothing
       returning *`,
      [newId, now, now, courseUserId, sessionId],
    );
    if (inserted[0]) return this.em.map(SessionUser, inserted[0]);
    // A concurrent call inserted it first: read theirs.
    return this.em.findOneOrFail(SessionUser, { courseUserId, sessionId }, { refresh: true });
  }

  async save(sessionUser: SessionUser): Promise<void> {
    await this.em.persist(sessionUser).flush();
  }

  async tally(userId: UserId, courseId: CourseId): Promise<CourseTally> {
    const rows: { published: string | number; completed: string | number }[] = await this.em.execute(
      `select count(*) as published,
              count(*) filter (where exists (
                select 1 from "session_user" su join course_user cu on cu.id = su.course_user_id
                 where su.session_id = s.id and su.completed and cu.user_id = ?)) as completed
         from session s where s.course_id = ? and s.status = 'published'`,
      [userId, courseId],
    );
    const row = rows[0];
    return {
      publishedSessions: Number(row?.published ?? 0),
      completedPublishedSessions: Number(row?.completed ?? 0),
    };
  }
}
