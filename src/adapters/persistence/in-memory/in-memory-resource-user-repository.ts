import { ResourceUser } from '../../../domain/resource-progress/resource-user.js';
import type { ResourceUserRepository } from '../../../domain/resource-progress/resource-user-repository.js';
import type { ResourceId, ResourceUserId, UserId } from '../../../domain/shared/ids.js';

export class InMemoryResourceUserRepository implements ResourceUserRepository {
  private readonly rows = new Map<string, ResourceUser>();

  all(): ResourceUser[] {
    return [...this.rows.values()];
  }

  async ensureLocked(
    userId: UserId,
    resourceId: ResourceId,
    newId: ResourceUserId,
    now: Date,
  ): Promise<ResourceUser> {
    const key = `${userId}/${resourceId}`;
    const existing = this.rows.get(key);
    if (existing) return existing;
    const created = new ResourceUser(newId, userId, resourceId, now, now);
    this.rows.set(key, created);
    return created;
  }

  async save(progress: ResourceUser): Promise<void> {
    this.rows.set(`${progress.userId}/${progress.resourceId}`, progress);
  }
}
