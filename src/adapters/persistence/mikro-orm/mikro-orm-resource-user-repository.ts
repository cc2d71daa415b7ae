import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ResourceUser } from '../../../domain/resource-progress/resource-user.js';
import type { ResourceUserRepository } from '../../../domain/resource-progress/resource-user-repository.js';
import type { ResourceId, ResourceUserId, UserId } from '../../../domain/shared/ids.js';
import { insertData } from './entity-fields.js';

export class MikroOrmResourceUserRepository implements ResourceUserRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async ensureLocked(
    userId: UserId,
    resourceId: ResourceId,
    newId: ResourceUserId,
    now: Date,
  ): Promise<ResourceUser> {
    // One statement, as MikroOrmProgressRepository.lockEnrolment: inserts the row, or updates
    // the existing one to nothing, which locks it; a concurrent insert makes this wait, then
    // take the existing-row path. Neither path fails or aborts the transaction.
    const rows = await this.em
      .createQueryBuilder(ResourceUser)
      .insert(
        insertData(this.em, ResourceUser, { id: newId, createdAt: now, updatedAt: now, userId, resourceId }),
      )
      .onConflict(['userId', 'resourceId'])
      .merge({ userId: raw('excluded.user_id') })
      .returning('*')
      .execute<Record<string, unknown>[]>('all', false);
    if (!rows[0]) throw new Error('resource_user upsert returned no row');
    return this.em.map(ResourceUser, rows[0]);
  }

  async save(progress: ResourceUser): Promise<void> {
    await this.em.persist(progress).flush();
  }
}
