import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type { UserId } from '../../../domain/shared/ids.js';

/** Records which users were queued, coalesced as the real outbox does. */
export class InMemoryProfileSyncQueue implements ProfileSyncQueue {
  readonly queued = new Set<UserId>();

  async enqueue(userId: UserId): Promise<void> {
    this.queued.add(userId);
  }
}
