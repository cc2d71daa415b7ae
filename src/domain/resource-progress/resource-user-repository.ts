import { portToken } from '../shared/port-token.js';
import type { ResourceId, ResourceUserId, UserId } from '../shared/ids.js';
import type { ResourceUser } from './resource-user.js';

export interface ResourceUserRepository {
  /**
   * The user's row for the resource, created when missing (an upsert on the unique key, so
   * concurrent callers get the same row and none fails), locked until the unit of work ends.
   */
  ensureLocked(
    userId: UserId,
    resourceId: ResourceId,
    newId: ResourceUserId,
    now: Date,
  ): Promise<ResourceUser>;
  save(progress: ResourceUser): Promise<void>;
}
export const ResourceUserRepository = portToken<ResourceUserRepository>('ResourceUserRepository');
