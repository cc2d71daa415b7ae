import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { SessionStanding } from '../../../domain/progress/course-user.js';
import { CourseUser } from '../../../domain/progress/course-user.js';
import { SessionUser } from '../../../domain/progress/session-user.js';
import type { SessionUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../../../domain/shared/ids.js';
import { insertData, order } from './entity-fields.js';

export class MikroOrmSessionUserRepository implements SessionUserRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async findForUser(userId: UserId, sessionId: SessionId): Promise<SessionUser | null> {
    const theirs = this.em.createQueryBuilder(CourseUser).select('id').where({ userId });
    return this.em
      .createQueryBuilder(SessionUser)
      .where({ sessionId, courseUserId: { $in: theirs } })
      .orderBy(order(this.em, SessionUser, { completed: 'desc', createdAt: 'asc', id: 'asc' }))
      .limit(1)
      .getSingleResult();
  }

  async ensure(
    courseUserId: CourseUserId,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<SessionUser> {
    // ON CONFLICT DO NOTHING rather than catching the unique violation, which would abort the
    // transaction; RETURNING hands back the new row when this call wrote it.
    const inserted = await this.em
      .createQueryBuilder(SessionUser)
      .insert(
        insertData(this.em, SessionUser, {
          id: newId,
          createdAt: now,
          updatedAt: now,
          courseUserId,
          sessionId,
        }),
      )
      .onConflict(['courseUserId', 'sessionId'])
      .ignore()
      .returning('*')
      .execute<Record<string, unknown>[]>('all', false);
    if (inserted[0]) return this.em.map(SessionUser, inserted[0]);
    // A concurrent call inserted it first: read theirs.
    return this.em.findOneOrFail(SessionUser, { courseUserId, sessionId }, { refresh: true });
  }

  async save(sessionUser: SessionUser): Promise<void> {
    await this.em.persist(sessionUser).flush();
  }

  async standings(userId: UserId, courseId: CourseId): Promise<SessionStanding[]> {
    // One statement (session completion has a statement budget); which sessions count is
    // CourseUser's rule, so every session comes back with its status.
    // Raw SQL: a correlated EXISTS as a selected column, which the QueryBuilder has no form for.
    return this.em.execute(
      `select s.id as "sessionId", s.status, exists (
                select 1 from "session_user" su join course_user cu on cu.id = su.course_user_id
                 where su.session_id = s.id and su.completed and cu.user_id = ?) as completed
         from session s where s.course_id = ? order by s.id`,
      [userId, courseId],
    );
  }
}
