import type {
  CoursePartnerRepository,
  CourseRepository,
  ResourceRepository,
  SessionRepository,
} from '../../domain/content/content-repositories.js';
import { StoryConflict, StoryIdMissing } from '../../domain/content/content-errors.js';
import type { Course } from '../../domain/content/course.js';
import type { PublishedContent } from '../../domain/content/published-content.js';
import { resourceCategoryOf } from '../../domain/content/resource.js';
import type { Story, StoryCatalog } from '../../domain/content/story-catalog.js';
import type { StoryLocks } from '../../domain/content/story-locks.js';
import type { ContentStatus } from '../../domain/profile/profile-views.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { CourseId, ResourceId, SessionId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { courseContentOf, partnerNamesOf, sessionCourseUuidOf } from '../../domain/content/story-content.js';

export interface StoryEvent {
  action: string;
  /** Required by published, unpublished, deleted and moved; other actions carry none. */
  storyId?: number;
}

export type SyncResult =
  { result: 'ignored' } | { result: 'course' | 'session' | 'resource'; id: string; status: ContentStatus };

const IGNORED: SyncResult = { result: 'ignored' };
const STORY_ACTIONS = new Set(['published', 'unpublished', 'deleted', 'moved']);
const SESSION_COMPONENTS = new Set(['Session', 'session_iba']);

/**
 * SPEC.md 7.1. Stories are fetched before the transaction opens (a database transaction is never
 * held across an HTTP call), all within one deadline; everything a delivery writes then happens
 * in one transaction that first locks the stories it writes (concurrent deliveries of one story
 * run one after the other), and every write is an upsert by Storyblok id, so a replay changes
 * nothing. A story whose uuid Bloom holds under another id is refused with StoryConflict.
 * Resources (SPEC 13.2) follow the course rules, without partner rows.
 */
export class SyncCourseFromStory {
  constructor(
    private readonly catalog: StoryCatalog,
    private readonly courses: CourseRepository,
    private readonly sessions: SessionRepository,
    private readonly coursePartners: CoursePartnerRepository,
    private readonly resources: ResourceRepository,
    private readonly locks: StoryLocks,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(event: StoryEvent): Promise<SyncResult> {
    const { action, storyId } = event;
    if (!STORY_ACTIONS.has(action)) return IGNORED;
    if (storyId === undefined) throw new StoryIdMissing('this action needs a story_id');
    if (action === 'unpublished' || action === 'deleted') return this.withdraw(storyId, action);

    const lookup = this.catalog.lookup();
    const story = await lookup.storyById(storyId);
    if (story.component === 'Course') {
      const course = await this.uow.run(async () => {
        await this.locks.lock([story]);
        return this.syncCourse(story);
      });
      return { result: 'course', id: course.id, status: course.status };
    }
    const category = resourceCategoryOf(story.component);
    if (category) {
      const resource = await this.uow.run(async () => {
        await this.locks.lock([story]);
        this.refuseClash(story, await this.resources.findByStoryblokUuid(story.uuid));
        const content = { ...courseContentOf(story), category };
        return this.resources.upsertPublished(content, this.ids.uuid() as ResourceId, this.clock.now());
      });
      return { result: 'resource', id: resource.id, status: resource.status };
    }
    if (!story.component || !SESSION_COMPONENTS.has(story.component)) return IGNORED;

    const courseUuid = sessionCourseUuidOf(story);
    if (!courseUuid) return IGNORED;
    const knownCourse = await this.courses.findByStoryblokUuid(courseUuid);
    const courseStory = knownCourse ? null : await lookup.storyByUuid(courseUuid);
    if (courseStory && courseStory.component !== 'Course') return IGNORED;

    return this.uow.run(async () => {
      await this.locks.lock(courseStory ? [story, courseStory] : [story]);
      const course = courseStory ? await this.courseOrSync(courseStory) : knownCourse;
      if (!course) return IGNORED;
      this.refuseClash(story, await this.sessions.findByStoryblokUuid(story.uuid));
      const session = await this.sessions.upsertPublished(
        { ...courseContentOf(story), courseId: course.id },
        this.ids.uuid() as SessionId,
        this.clock.now(),
      );
      return { result: 'session', id: session.id, status: session.status };
    });
  }

  /**
   * A Course delivery may have written the course since it was looked up, with content as new
   * as the story fetched here or newer: under the story locks, a course found now is kept as is.
   * None found means no row holds the uuid, so there is no clash to refuse.
   */
  private async courseOrSync(story: Story): Promise<Course> {
    return (await this.courses.findByStoryblokUuid(story.uuid)) ?? this.writeCourse(story);
  }

  private async syncCourse(story: Story): Promise<Course> {
    this.refuseClash(story, await this.courses.findByStoryblokUuid(story.uuid));
    return this.writeCourse(story);
  }

  private async writeCourse(story: Story): Promise<Course> {
    const now = this.clock.now();
    const course = await this.courses.upsertPublished(
      courseContentOf(story),
      this.ids.uuid() as CourseId,
      now,
    );
    await this.coursePartners.mirror(course.id, partnerNamesOf(story), now);
    return course;
  }

  /** The row holding the story's uuid must be the one the upsert by id writes (or none). */
  private refuseClash(story: Story, holder: PublishedContent<string> | null): void {
    if (holder && holder.storyblokId !== story.id)
      throw new StoryConflict(`uuid of story ${story.id} is held by story ${holder.storyblokId}`);
  }

  /** SPEC 13.2: the story is looked for as a course, then a session, then a resource. */
  private withdraw(storyId: number, status: 'unpublished' | 'deleted'): Promise<SyncResult> {
    return this.uow.run(async () => {
      await this.locks.lock([{ id: storyId }]);
      const now = this.clock.now();
      const course = await this.courses.findByStoryblokId(storyId);
      if (course) {
        course.withdraw(status, now);
        await this.courses.save(course);
        return { result: 'course', id: course.id, status: course.status };
      }
      const session = await this.sessions.findByStoryblokId(storyId);
      if (session) {
        session.withdraw(status, now);
        await this.sessions.save(session);
        return { result: 'session', id: session.id, status: session.status };
      }
      const resource = await this.resources.findByStoryblokId(storyId);
      if (!resource) return IGNORED;
      resource.withdraw(status, now);
      await this.resources.save(resource);
      return { result: 'resource', id: resource.id, status: resource.status };
    });
  }
}
