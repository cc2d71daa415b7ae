import type { UserId } from '../../../domain/shared/ids.js';
import type { ContactSyncQueue } from '../../../domain/subscription/contact-sync-queue.js';

/** Records which users were queued for a contact sync, coalesced as the real outbox does. */
export class InMemoryContactSyncQueue implements ContactSyncQueue {
  readonly queued = new Set<UserId>();

  async enqueue(userId: UserId): Promise<void> {
    this.queued.add(userId);
  }
}
