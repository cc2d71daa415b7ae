import type { ContentStatus } from '../profile/profile-views.js';
import type { ProgressChange } from '../progress/progress-change.js';
import type { CourseId, SessionId } from '../shared/ids.js';
import { PublishedContent, type PublishedStory } from './published-content.js';

/** What a published Session story says about the session, with the course it belongs to now. */
export interface SessionContent extends PublishedStory {
  courseId: CourseId;
}

/** A session of a course as Storyblok publishes it; a move in Storyblok re-parents it. */
export class Session extends PublishedContent<SessionId> {
  constructor(
    id: SessionId,
    createdAt: Date,
    updatedAt: Date,
    name: string,
    slug: string,
    status: ContentStatus,
    storyblokId: number | null,
    storyblokUuid: string | null,
    private _courseId: CourseId,
  ) {
    super(id, createdAt, updatedAt, name, slug, status, storyblokId, storyblokUuid);
  }

  /** `createdAt` is the original row's when a story is published again, possibly under a new course. */
  static publish(id: SessionId, content: SessionContent, now: Date, createdAt = now): Session {
    const { name, slug, storyblokId, storyblokUuid, courseId } = content;
    return new Session(id, createdAt, now, name, slug, 'published', storyblokId, storyblokUuid, courseId);
  }

  get courseId(): CourseId {
    return this._courseId;
  }

  /**
   * SPEC.md 7.2: progress calls need the session published, except that a completion can still
   * be undone once it is unpublished (it may come back); a deleted one accepts no call.
   */
  acceptsProgress(change: ProgressChange): boolean {
    return this.isPublished || (this.status === 'unpublished' && change === 'incomplete');
  }
}
