import type { PublishedContent, PublishedStory } from '../../../domain/content/published-content.js';

/** How a kind of content publishes a story: the domain's `Course.publish` or `Session.publish`. */
type Publish<Id extends string, Item, Content> = (
  id: Id,
  content: Content,
  now: Date,
  createdAt: Date,
) => Item;

/**
 * The rows and lookups the in-memory course and session repositories share; a subclass adds
 * only what its kind has beyond a published story (a session's course).
 */
export abstract class InMemoryPublishedContentStore<
  Id extends string,
  Item extends PublishedContent<Id>,
  Content extends PublishedStory,
> {
  private readonly rows = new Map<Id, Item>();

  protected constructor(private readonly publish: Publish<Id, Item, Content>) {}

  all(): Item[] {
    return [...this.rows.values()];
  }

  async findById(id: Id): Promise<Item | null> {
    return this.rows.get(id) ?? null;
  }

  async findByStoryblokId(storyblokId: number): Promise<Item | null> {
    return this.all().find((item) => item.storyblokId === storyblokId) ?? null;
  }

  async findByStoryblokUuid(storyblokUuid: string): Promise<Item | null> {
    return this.all().find((item) => item.storyblokUuid === storyblokUuid) ?? null;
  }

  /** Like the SQL upsert: a replay that changes nothing keeps the row and its updatedAt. */
  async upsertPublished(content: Content, newId: Id, now: Date): Promise<Item> {
    const existing = await this.findByStoryblokId(content.storyblokId);
    if (existing && this.unchanged(existing, content)) return existing;
    const item = existing
      ? this.publish(existing.id, content, now, existing.createdAt)
      : this.publish(newId, content, now, now);
    this.rows.set(item.id, item);
    return item;
  }

  async save(item: Item): Promise<void> {
    this.rows.set(item.id, item);
  }

  protected unchanged(existing: Item, content: Content): boolean {
    return (
      existing.status === 'published' &&
      existing.name === content.name &&
      existing.slug === content.slug &&
      existing.storyblokUuid === content.storyblokUuid
    );
  }
}
