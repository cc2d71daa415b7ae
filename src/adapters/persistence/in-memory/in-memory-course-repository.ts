import { Course, type CourseContent } from '../../../domain/content/course.js';
import type { CourseRepository } from '../../../domain/content/content-repositories.js';
import type { CourseId } from '../../../domain/shared/ids.js';
import { InMemoryPublishedContentStore } from './in-memory-published-content-store.js';

export class InMemoryCourseRepository
  extends InMemoryPublishedContentStore<CourseId, Course, CourseContent>
  implements CourseRepository
{
  constructor() {
    super(Course.publish);
  }
}
