import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { StoryKey, StoryLocks } from '../../../domain/content/story-locks.js';

/**
 * Transaction-scoped advisory locks, one per Storyblok id and one per uuid (a story with a new id
 * but a known uuid then waits for the delivery writing that uuid). Keys are taken one at a time
 * in one sorted order, so two deliveries sharing stories never deadlock. Runs through
 * `em.execute`, which joins the unit of work's transaction.
 */
export class MikroOrmStoryLocks implements StoryLocks {
  constructor(private readonly em: SqlEntityManager) {}

  async lock(stories: StoryKey[]): Promise<void> {
    const keys = new Set<string>();
    for (const story of stories) {
      keys.add(`storyblok-id:${story.id}`);
      if (story.uuid !== undefined) keys.add(`storyblok-uuid:${story.uuid}`);
    }
    for (const key of [...keys].sort()) {
      // Raw SQL: advisory locks are functions, not rows; the QueryBuilder has no form for them.
      await this.em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [key]);
    }
  }
}
