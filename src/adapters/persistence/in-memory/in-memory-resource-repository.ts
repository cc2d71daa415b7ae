import { Resource, type ResourceContent } from '../../../domain/content/resource.js';
import type { ResourceRepository } from '../../../domain/content/content-repositories.js';
import type { ResourceId } from '../../../domain/shared/ids.js';
import { InMemoryPublishedContentStore } from './in-memory-published-content-store.js';

export class InMemoryResourceRepository
  extends InMemoryPublishedContentStore<ResourceId, Resource, ResourceContent>
  implements ResourceRepository
{
  constructor() {
    super(Resource.publish);
  }

  /** Nothing to lock: the in-memory unit of work already runs units one at a time. */
  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Resource | null> {
    return this.findByStoryblokUuid(storyblokUuid);
  }

  protected override unchanged(existing: Resource, content: ResourceContent): boolean {
    return super.unchanged(existing, content) && existing.category === content.category;
  }
}
