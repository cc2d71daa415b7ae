import { portToken } from '../shared/port-token.js';
/** What identifies a story in Bloom's tables (both are unique); the uuid when it is known. */
export interface StoryKey {
  id: number;
  uuid?: string;
}

/**
 * Serialises the units of work that write the same stories: `lock` waits until no other unit
 * holds any of these keys and holds them until its own unit of work ends. Taken first in a
 * unit of work, so concurrent deliveries of one story run one after the other.
 */
export interface StoryLocks {
  lock(stories: StoryKey[]): Promise<void>;
}
export const StoryLocks = portToken<StoryLocks>('StoryLocks');
