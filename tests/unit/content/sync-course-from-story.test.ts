import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryCoursePartnerRepository } from '../../../src/adapters/persistence/in-memory/in-memory-course-partner-repository.js';
import { InMemoryCourseRepository } from '../../../src/adapters/persistence/in-memory/in-memory-course-repository.js';
import { InMemoryResourceRepository } from '../../../src/adapters/persistence/in-memory/in-memory-resource-repository.js';
import { InMemorySessionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { InMemoryStoryLocks } from '../../../src/adapters/persistence/in-memory/in-memory-story-locks.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { SyncCourseFromStory } from '../../../src/application/content/sync-course-from-story.js';
import { StoryConflict, StoryIdMissing, StoryNotFound } from '../../../src/domain/content/content-errors.js';
import type { Story, StoryCatalog, StoryLookup } from '../../../src/domain/content/story-catalog.js';
import type { StoryLocks } from '../../../src/domain/content/story-locks.js';
import type { PartnerId } from '../../../src/domain/shared/ids.js';
import { T0 } from '../../builders/course.builder.js';

const BUMBLE = 'b0000000-0000-4000-8000-000000000001' as PartnerId;
const BADOO = 'b0000000-0000-4000-8000-000000000002' as PartnerId;

/** The stories Storyblok holds in these tests; it records which ones were fetched. */
class StoriesAtHand implements StoryCatalog, StoryLookup {
  readonly stories: Story[] = [];
  readonly fetched: (number | string)[] = [];

  lookup(): StoryLookup {
    return this;
  }

  async storyById(id: number): Promise<Story> {
    this.fetched.push(id);
    const story = this.stories.find((s) => s.id === id);
    if (!story) throw new StoryNotFound();
    return story;
  }

  async storyByUuid(uuid: string): Promise<Story> {
    this.fetched.push(uuid);
    const story = this.stories.find((s) => s.uuid === uuid);
    if (!story) throw new StoryNotFound();
    return story;
  }
}

/** Story locks that run `meanwhile` once, on the first lock: what committed while it waited. */
class CourseDeliveredFirst implements StoryLocks {
  private waited = false;

  constructor(private readonly meanwhile: () => Promise<void>) {}

  async lock(): Promise<void> {
    if (this.waited) return;
    this.waited = true;
    await this.meanwhile();
  }
}

const course = (partners: unknown = ['Public']): Story => ({
  id: 1001,
  uuid: 'course-uuid',
  name: 'Healing',
  fullSlug: 'courses/healing',
  component: 'Course',
  content: { component: 'Course', included_for_partners: partners },
});
const session = (component: string | null = 'Session', courseUuid: unknown = 'course-uuid'): Story => ({
  id: 2001,
  uuid: 'session-uuid',
  name: 'What is trauma?',
  fullSlug: 'courses/healing/what-is-trauma',
  component,
  content: { component, course: courseUuid },
});

describe('SyncCourseFromStory', () => {
  let catalog: StoriesAtHand;
  let courses: InMemoryCourseRepository;
  let sessions: InMemorySessionRepository;
  let coursePartners: InMemoryCoursePartnerRepository;
  let resources: InMemoryResourceRepository;
  let sync: SyncCourseFromStory;
  let next: number;

  beforeEach(() => {
    next = 0;
    catalog = new StoriesAtHand();
    courses = new InMemoryCourseRepository();
    sessions = new InMemorySessionRepository();
    resources = new InMemoryResourceRepository();
    coursePartners = new InMemoryCoursePartnerRepository([
      { id: BUMBLE, name: 'Bumble' },
      { id: BADOO, name: 'Badoo' },
    ]);
    sync = syncWith(new InMemoryStoryLocks());
  });

  const syncWith = (locks: StoryLocks) =>
    new SyncCourseFromStory(
      catalog,
      courses,
      sessions,
      coursePartners,
      resources,
      locks,
      new InMemoryUnitOfWork(),
      { now: () => T0 },
      {
        uuid: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
      },
    );

  it('upserts a published course and mirrors its partners, Public naming none', async () => {
    catalog.stories.push(course(['Public', 'bumble', 'Nobody we know']));
    const result = await sync.execute({ action: 'published', storyId: 1001 });
    expect(result).toMatchObject({ result: 'course', status: 'published' });
    const stored = await courses.findByStoryblokId(1001);
    expect(stored).toMatchObject({ name: 'Healing', slug: 'courses/healing', storyblokUuid: 'course-uuid' });
    const rows = await coursePartners.listForCourse(stored!.id);
    expect(rows.map((row) => [row.partnerId, row.active])).toEqual([[BUMBLE, true]]);
  });

  it('syncs a session story’s missing course first, fetched by uuid, for both session components', async () => {
    catalog.stories.push(course(), session('session_iba'));
    const result = await sync.execute({ action: 'moved', storyId: 2001 });
    const stored = await sessions.findByStoryblokId(2001);
    expect(result).toEqual({ result: 'session', id: stored?.id, status: 'published' });
    expect(stored?.courseId).toBe((await courses.findByStoryblokUuid('course-uuid'))?.id);
    expect(catalog.fetched).toEqual([2001, 'course-uuid']);
  });

  it('keeps the course a newer Course delivery wrote between the lookup and the locks, and attaches the session', async () => {
    catalog.stories.push(course(['Bumble']), session());
    // The session delivery has fetched the course story when the Course delivery, carrying the
    // editor's newer version, commits; it runs nested, joining the in-memory unit of work.
    const racing = syncWith(
      new CourseDeliveredFirst(async () => {
        catalog.stories[0] = { ...course(['Badoo']), name: 'Healing, revised' };
        await racing.execute({ action: 'published', storyId: 1001 });
      }),
    );
    expect(await racing.execute({ action: 'published', storyId: 2001 })).toMatchObject({ result: 'session' });

    const stored = await courses.findByStoryblokUuid('course-uuid');
    expect(stored?.name).toBe('Healing, revised');
    expect((await sessions.findByStoryblokId(2001))?.courseId).toBe(stored?.id);
    const rows = await coursePartners.listForCourse(stored!.id);
    expect(rows.map((row) => [row.partnerId, row.active])).toEqual([[BADOO, true]]);
  });

  it('fetches nothing for unpublished and deleted, and ignores unknown ids', async () => {
    catalog.stories.push(course());
    await sync.execute({ action: 'published', storyId: 1001 });
    catalog.fetched.length = 0;
    expect(await sync.execute({ action: 'deleted', storyId: 1001 })).toMatchObject({
      result: 'course',
      status: 'deleted',
    });
    expect(await sync.execute({ action: 'unpublished', storyId: 4242 })).toEqual({ result: 'ignored' });
    expect(catalog.fetched).toEqual([]);
  });

  it('ignores other actions, other components and sessions that name no course', async () => {
    catalog.stories.push(
      { ...course(), id: 3001, component: 'Page' },
      { ...session('Session', 42), id: 3002 },
    );
    expect(await sync.execute({ action: 'released', storyId: 1001 })).toEqual({ result: 'ignored' });
    expect(await sync.execute({ action: 'published', storyId: 3001 })).toEqual({ result: 'ignored' });
    expect(await sync.execute({ action: 'published', storyId: 3002 })).toEqual({ result: 'ignored' });
    expect(courses.all()).toEqual([]);
  });

  it('ignores other actions without a story id and a story without a component; story actions need an id', async () => {
    catalog.stories.push({ ...session(null), content: {} });
    expect(await sync.execute({ action: 'release_merged' })).toEqual({ result: 'ignored' });
    expect(await sync.execute({ action: 'published', storyId: 2001 })).toEqual({ result: 'ignored' });
    for (const action of ['published', 'unpublished', 'deleted', 'moved'])
      await expect(sync.execute({ action })).rejects.toBeInstanceOf(StoryIdMissing);
    expect(courses.all()).toEqual([]);
  });

  it('refuses with STORY_CONFLICT a story whose uuid is stored under another id, writing nothing', async () => {
    catalog.stories.push(course(), session());
    await sync.execute({ action: 'published', storyId: 2001 });
    catalog.stories.push({ ...course(), id: 1002 }, { ...session(), id: 2002 });

    await expect(sync.execute({ action: 'published', storyId: 1002 })).rejects.toBeInstanceOf(StoryConflict);
    await expect(sync.execute({ action: 'published', storyId: 2002 })).rejects.toBeInstanceOf(StoryConflict);
    expect(courses.all().map((c) => c.storyblokId)).toEqual([1001]);
    expect(sessions.all().map((s) => s.storyblokId)).toEqual([2001]);
  });

  it('matches partner names exactly, case aside: no trimming', async () => {
    catalog.stories.push(course([' Bumble', 'BADOO']));
    await sync.execute({ action: 'published', storyId: 1001 });
    const stored = await courses.findByStoryblokId(1001);
    const rows = await coursePartners.listForCourse(stored!.id);
    expect(rows.map((row) => [row.partnerId, row.active])).toEqual([[BADOO, true]]);
  });
  it('upserts resources by story id with their category, and a replay changes nothing (SPEC 13.2)', async () => {
    const short = (component = 'resource_short_video'): Story => ({
      id: 3001,
      uuid: 'resource-uuid',
      name: 'Grounding',
      fullSlug: 'shorts/grounding',
      component,
      content: { component },
    });
    catalog.stories.push(short());
    const first = await sync.execute({ action: 'published', storyId: 3001 });
    const stored = await resources.findByStoryblokId(3001);
    expect(first).toEqual({ result: 'resource', id: stored?.id, status: 'published' });
    expect(stored).toMatchObject({
      category: 'short_video',
      slug: 'shorts/grounding',
      storyblokUuid: 'resource-uuid',
    });
    const updatedAt = stored?.updatedAt;
    expect(await sync.execute({ action: 'moved', storyId: 3001 })).toEqual(first);
    expect((await resources.findByStoryblokId(3001))?.updatedAt).toBe(updatedAt);
    catalog.stories[0] = short('resource_conversation');
    await sync.execute({ action: 'published', storyId: 3001 });
    expect((await resources.findByStoryblokId(3001))?.category).toBe('resource_conversation');
  });

  it('withdraws a resource when no course or session has the story id', async () => {
    catalog.stories.push({
      id: 3001,
      uuid: 'resource-uuid',
      name: 'Grounding',
      fullSlug: 'shorts/grounding',
      component: 'resource_single_video',
      content: { component: 'resource_single_video' },
    });
    await sync.execute({ action: 'published', storyId: 3001 });
    const withdrawn = await sync.execute({ action: 'deleted', storyId: 3001 });
    expect(withdrawn).toMatchObject({ result: 'resource', status: 'deleted' });
    expect(await sync.execute({ action: 'unpublished', storyId: 9999 })).toEqual({ result: 'ignored' });
  });
});
