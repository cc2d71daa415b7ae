import type { QueueDepth, SyncOutbox } from '../../domain/profile-sync/sync-outbox.js';

/** How many jobs wait and how many have failed, for the worker's periodic log line. */
export class MeasureSyncQueue {
  constructor(private readonly outbox: SyncOutbox) {}

  execute(): Promise<QueueDepth> {
    return this.outbox.depth();
  }
}
