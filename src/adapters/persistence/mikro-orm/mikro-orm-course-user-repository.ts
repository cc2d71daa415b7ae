import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CourseUser } from '../../../domain/progress/course-user.js';
import type { CourseUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, UserId } from '../../../domain/shared/ids.js';
import { insertData } from './entity-fields.js';

export class MikroOrmCourseUserRepository implements CourseUserRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async ensureLocked(
    userId: UserId,
    courseId: CourseId,
    newId: CourseUserId,
    now: Date,
  ): Promise<CourseUser> {
    // One statement: inserts the row, or updates the existing one to nothing, which locks it
    // like FOR UPDATE. A concurrent insert makes this wait for it, then take the existing-row
    // path; neither path aborts the transaction.
    const rows = await this.em
      .createQueryBuilder(CourseUser)
      .insert(
        insertData(this.em, CourseUser, { id: newId, createdAt: now, updatedAt: now, userId, courseId }),
      )
      .onConflict(['userId', 'courseId'])
      .merge({ userId: raw('excluded.user_id') })
      .returning('*')
      .execute<Record<string, unknown>[]>('all', false);
    if (!rows[0]) throw new Error('course_user upsert returned no row');
    // map() makes it a managed entity, so a later save flushes its changes.
    return this.em.map(CourseUser, rows[0]);
  }

  async save(courseUser: CourseUser): Promise<void> {
    await this.em.persist(courseUser).flush();
  }
}
