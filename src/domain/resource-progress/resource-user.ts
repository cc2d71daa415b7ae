import type { Resource } from '../content/resource.js';
import type { ResourceProgressView } from '../profile/profile-views.js';
import type { ProgressChange } from '../progress/progress-change.js';
import type { ResourceId, ResourceUserId, UserId } from '../shared/ids.js';

/** A user's progress on one resource (SPEC 13.3): completed exactly when `completedAt` is set. */
export class ResourceUser {
  constructor(
    readonly id: ResourceUserId,
    readonly userId: UserId,
    readonly resourceId: ResourceId,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _completedAt: Date | null = null,
  ) {}

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get completedAt(): Date | null {
    return this._completedAt;
  }

  /**
   * `start` only needs the row; `complete` keeps the first completion time (a repeat changes
   * nothing); `incomplete` clears it. Unchanged rows keep their updatedAt. True when it changed.
   */
  apply(change: ProgressChange, now: Date): boolean {
    const completedAt =
      change === 'complete' ? (this._completedAt ?? now) : change === 'incomplete' ? null : this._completedAt;
    if (completedAt === this._completedAt) return false;
    this._completedAt = completedAt;
    this._updatedAt = now;
    return true;
  }
}

/** ResourceProgress: the resource's fields with the progress row's completion and timestamps. */
export function resourceProgressOf(resource: Resource, progress: ResourceUser): ResourceProgressView {
  return {
    id: resource.id,
    name: resource.name,
    slug: resource.slug,
    status: resource.status,
    category: resource.category,
    storyblokId: resource.storyblokId,
    storyblokUuid: resource.storyblokUuid,
    completed: progress.completedAt !== null,
    completedAt: progress.completedAt,
    createdAt: progress.createdAt,
    updatedAt: progress.updatedAt,
  };
}
