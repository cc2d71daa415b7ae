import type { CourseProgressReader } from '../../../domain/profile/profile-readers.js';
import type { CourseProgressView } from '../../../domain/profile/profile-views.js';
import type { SessionUser } from '../../../domain/progress/session-user.js';
import type { CourseId, UserId } from '../../../domain/shared/ids.js';
import type { InMemoryCourseRepository } from './in-memory-course-repository.js';
import type { InMemoryProgressRepository } from './in-memory-progress-repository.js';
import type { InMemorySessionRepository } from './in-memory-session-repository.js';

/** The same rules as MikroOrmCourseProgressReader, over the in-memory repositories. */
export class InMemoryCourseProgressReader implements CourseProgressReader {
  constructor(
    private readonly courses: InMemoryCourseRepository,
    private readonly sessions: InMemorySessionRepository,
    private readonly progress: InMemoryProgressRepository,
  ) {}

  async forUser(userId: UserId, courseId?: CourseId): Promise<CourseProgressView[]> {
    // ofUser lists completed rows first, so a session started twice shows its completed row.
    const started = new Map<string, SessionUser>();
    for (const row of this.progress.ofUser(userId)) {
      if (!started.has(row.sessionId)) started.set(row.sessionId, row);
    }
    const byStart = [...started.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.sessionId.localeCompare(b.sessionId),
    );
    // Views are made in the order of their first started session, then sorted like the SQL.
    const views = new Map<string, CourseProgressView>();
    for (const row of byStart) {
      const session = await this.sessions.findById(row.sessionId);
      const course = session && (await this.courses.findById(session.courseId));
      if (!session || !course || (courseId && course.id !== courseId)) continue;
      let view = views.get(course.id);
      if (!view) {
        const enrolment = this.progress
          .enrolments()
          .find((cu) => cu.userId === userId && cu.courseId === course.id);
        view = {
          id: course.id,
          name: course.name,
          slug: course.slug,
          status: course.status,
          storyblokId: course.storyblokId,
          storyblokUuid: course.storyblokUuid,
          completed: enrolment?.completed ?? false,
          completedAt: enrolment?.completedAt ?? null,
          createdAt: enrolment?.createdAt ?? row.createdAt,
          updatedAt: enrolment?.updatedAt ?? row.updatedAt,
          sessions: [],
        };
        views.set(course.id, view);
      }
      view.sessions.push({
        id: session.id,
        name: session.name,
        slug: session.slug,
        status: session.status,
        storyblokId: session.storyblokId,
        storyblokUuid: session.storyblokUuid,
        completed: row.completed,
        completedAt: row.completedAt,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      });
    }
    return [...views.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}
