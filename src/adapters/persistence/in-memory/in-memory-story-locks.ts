import type { StoryLocks } from '../../../domain/content/story-locks.js';

/** Nothing to do: the in-memory unit of work already runs units one at a time. */
export class InMemoryStoryLocks implements StoryLocks {
  async lock(): Promise<void> {}
}
