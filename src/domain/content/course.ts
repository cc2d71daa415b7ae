import type { CourseId } from '../shared/ids.js';
import { PublishedContent, type PublishedStory } from './published-content.js';

/** What a published Course story says about the course. */
export type CourseContent = PublishedStory;

/** A course as Storyblok publishes it; only the webhook changes it. */
export class Course extends PublishedContent<CourseId> {
  /** `createdAt` is the original row's when a story is published again. */
  static publish(id: CourseId, content: CourseContent, now: Date, createdAt = now): Course {
    const { name, slug, storyblokId, storyblokUuid } = content;
    return new Course(id, createdAt, now, name, slug, 'published', storyblokId, storyblokUuid);
  }
}
