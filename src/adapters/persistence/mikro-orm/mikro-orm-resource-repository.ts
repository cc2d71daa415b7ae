import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Resource, type ResourceContent } from '../../../domain/content/resource.js';
import type { ResourceRepository } from '../../../domain/content/content-repositories.js';
import type { ResourceId } from '../../../domain/shared/ids.js';
import { differsFromStored, fields, insertData, names } from './entity-fields.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmResourceRepository implements ResourceRepository {
  constructor(private readonly em: SqlEntityManager) {}

  findById(id: ResourceId): Promise<Resource | null> {
    return this.em.findOne(Resource, { id });
  }

  findByStoryblokId(storyblokId: number): Promise<Resource | null> {
    return this.em.findOne(Resource, fields(this.em, Resource, { storyblokId }));
  }

  findByStoryblokUuid(storyblokUuid: string): Promise<Resource | null> {
    return this.em.findOne(Resource, fields(this.em, Resource, { storyblokUuid }));
  }

  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Resource | null> {
    // refresh: a resource the request's context already holds is read again, under the lock.
    return this.em.findOne(Resource, fields(this.em, Resource, { storyblokUuid }), {
      lockMode: LockMode.PESSIMISTIC_READ,
      refresh: true,
    });
  }

  async upsertPublished(content: ResourceContent, newId: ResourceId, now: Date): Promise<Resource> {
    const changed = ['name', 'slug', 'status', 'storyblokUuid', 'category'] as const;
    await this.em
      .createQueryBuilder(Resource)
      .insert(
        insertData(this.em, Resource, {
          id: newId,
          createdAt: now,
          updatedAt: now,
          name: content.name,
          slug: content.slug,
          status: 'published',
          category: content.category,
          storyblokId: content.storyblokId,
          storyblokUuid: content.storyblokUuid,
        }),
      )
      .onConflict(names(this.em, Resource, ['storyblokId']))
      .merge(names(this.em, Resource, [...changed, 'updatedAt']))
      // A replay changes nothing, so it writes nothing (updated_at stays).
      .where(differsFromStored(this.em, Resource, changed))
      .execute('run');
    return this.em.findOneOrFail(Resource, fields(this.em, Resource, { storyblokId: content.storyblokId }), {
      refresh: true,
    });
  }

  async save(resource: Resource): Promise<void> {
    await this.em.persist(resource).flush();
  }
}
