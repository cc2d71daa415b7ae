import { CourseUser } from '../../../domain/progress/course-user.js';
import type { CourseUserRepository } from '../../../domain/progress/progress-repositories.js';
import type { CourseId, CourseUserId, UserId } from '../../../domain/shared/ids.js';

/** Locks are the in-memory unit of work's job: it runs units one at a time. */
export class InMemoryCourseUserRepository implements CourseUserRepository {
  private readonly rows = new Map<CourseUserId, CourseUser>();

  all(): CourseUser[] {
    return [...this.rows.values()];
  }

  async ensureLocked(
    userId: UserId,
    courseId: CourseId,
    newId: CourseUserId,
    now: Date,
  ): Promise<CourseUser> {
    const existing = this.all().find((row) => row.userId === userId && row.courseId === courseId);
    if (existing) return existing;
    const created = new CourseUser(newId, userId, courseId, now, now);
    this.rows.set(created.id, created);
    return created;
  }

  async save(courseUser: CourseUser): Promise<void> {
    this.rows.set(courseUser.id, courseUser);
  }
}
