import type { ContentStatus, ResourceCategory } from '../profile/profile-views.js';
import type { ProgressChange } from '../progress/progress-change.js';
import type { ResourceId } from '../shared/ids.js';
import { PublishedContent, type PublishedStory } from './published-content.js';

/** What a published resource story says about the resource, its category included. */
export interface ResourceContent extends PublishedStory {
  category: ResourceCategory;
}

/**
 * SPEC 13.2: the Storyblok components that are resources, and the category each becomes (the
 * frontend's values; upstream stored `conversation`, which no client reads).
 */
const CATEGORY_OF_COMPONENT: Record<string, ResourceCategory> = {
  resource_short_video: 'short_video',
  resource_single_video: 'single_video',
  resource_conversation: 'resource_conversation',
};

/** The category of a story's component, or null when the component is not a resource. */
export function resourceCategoryOf(component: string | null): ResourceCategory | null {
  return component !== null && Object.hasOwn(CATEGORY_OF_COMPONENT, component)
    ? (CATEGORY_OF_COMPONENT[component] ?? null)
    : null;
}

/** A short video, single video or conversation as Storyblok publishes it; it has no partner rows. */
export class Resource extends PublishedContent<ResourceId> {
  constructor(
    id: ResourceId,
    createdAt: Date,
    updatedAt: Date,
    name: string,
    slug: string,
    status: ContentStatus,
    storyblokId: number | null,
    storyblokUuid: string | null,
    private _category: ResourceCategory,
  ) {
    super(id, createdAt, updatedAt, name, slug, status, storyblokId, storyblokUuid);
  }

  /** `createdAt` is the original row's when a story is published again. */
  static publish(id: ResourceId, content: ResourceContent, now: Date, createdAt = now): Resource {
    const { name, slug, storyblokId, storyblokUuid, category } = content;
    return new Resource(id, createdAt, now, name, slug, 'published', storyblokId, storyblokUuid, category);
  }

  get category(): ResourceCategory {
    return this._category;
  }

  /**
   * SPEC 13.3: progress needs the resource published, except that a completion can always be
   * undone (`incomplete` accepts an unpublished or deleted resource).
   */
  acceptsProgress(change: ProgressChange): boolean {
    return this.isPublished || change === 'incomplete';
  }
}
