import { portToken } from '../shared/port-token.js';
/** A published story as the content service holds it; `content` keeps every field the editors set. */
export interface Story {
  id: number;
  uuid: string;
  name: string;
  fullSlug: string;
  /** `content.component`; null when the story has none (a kind of story Bloom ignores). */
  component: string | null;
  content: Record<string, unknown>;
}

/**
 * The lookups of one webhook delivery. They share one deadline (the catalog's timeout, counted
 * from `StoryCatalog.lookup()`), so a delivery that needs two stories waits no longer than one.
 * Throws StoryNotFound when the service has no such story, StoryblokUnavailable when it fails,
 * runs past the deadline or answers something Bloom cannot store.
 */
export interface StoryLookup {
  storyById(id: number): Promise<Story>;
  storyByUuid(uuid: string): Promise<Story>;
}

/** Reads published stories from the content service. */
export interface StoryCatalog {
  /** Starts the lookups of one delivery; the deadline starts now. */
  lookup(): StoryLookup;
}
export const StoryCatalog = portToken<StoryCatalog>('StoryCatalog');
