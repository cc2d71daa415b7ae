import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CourseUser } from '../../../domain/progress/course-user.js';
import type { CourseUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, UserId } from '../../../domain/shared/ids.js';

export class MikroOrmCourseUserRepository implements CourseUserRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async ensureLocked(
    userId: UserId,
    courseId: CourseId,
    newId: CourseUserId,
    now: Date,
  ): Promise<CourseUser> {
    // ON CONFLICT DO NOTHING never aborts the transaction; a concurrent insert wins and we read its row.
    await this.em.execute(
      `insert into course_user (id, created_at, updated_at, user_id, course_id) values (?, ?, ?, ?, ?)
       on conflict (user_id, course_id) do nothing`,
      [newId, now, now, userId, courseId],
    );
    return this.em.findOneOrFail(
      CourseUser,
      { userId, courseId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(courseUser: CourseUser): Promise<void> {
    await this.em.persist(courseUser).flush();
  }
}
