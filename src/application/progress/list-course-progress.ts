import type { CourseProgressReader } from '../../domain/profile/profile-readers.js';
import type { CourseProgressView } from '../../domain/profile/profile-views.js';
import type { UserId } from '../../domain/shared/ids.js';

/** GET /courses-user (SPEC 12.1): the profile's `courses`, from the same read model (one query). */
export class ListCourseProgress {
  constructor(private readonly progress: CourseProgressReader) {}

  execute(userId: UserId): Promise<CourseProgressView[]> {
    return this.progress.forUser(userId);
  }
}
