import type { ContentStatus } from '../profile/profile-views.js';

/** What a published story says about a course or a session, whatever its kind. */
export interface PublishedStory {
  storyblokId: number;
  storyblokUuid: string;
  name: string;
  slug: string;
}

/**
 * A course or a session as Storyblok publishes it: only the webhook changes either, by the same
 * rules, so the two share them here. Not an entity of its own: each kind keeps its own table.
 */
export abstract class PublishedContent<Id extends string> {
  constructor(
    readonly id: Id,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _name: string,
    private _slug: string,
    private _status: ContentStatus,
    private _storyblokId: number | null,
    private _storyblokUuid: string | null,
  ) {}

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get name(): string {
    return this._name;
  }
  get slug(): string {
    return this._slug;
  }
  get status(): ContentStatus {
    return this._status;
  }
  get storyblokId(): number | null {
    return this._storyblokId;
  }
  get storyblokUuid(): string | null {
    return this._storyblokUuid;
  }
  get isPublished(): boolean {
    return this._status === 'published';
  }

  /** Unpublishing or deleting in Storyblok; a repeat changes nothing. */
  withdraw(status: 'unpublished' | 'deleted', now: Date): void {
    if (this._status === status) return;
    this._status = status;
    this._updatedAt = now;
  }
}
