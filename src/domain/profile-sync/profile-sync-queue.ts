import { portToken } from '../shared/port-token.js';
import type { UserId } from '../shared/ids.js';

/**
 * The outbox of SPEC.md section 8: a use case that changes anything a user's Crisp profile
 * shows calls `enqueue` inside its unit of work, so the job is written in the same
 * transaction as the change (or not at all). Jobs for one user coalesce; a worker delivers them.
 */
export interface ProfileSyncQueue {
  enqueue(userId: UserId): Promise<void>;
}
export const ProfileSyncQueue = portToken<ProfileSyncQueue>('ProfileSyncQueue');
