import type { SyncJobId, SyncJobKind } from '../../domain/profile-sync/sync-job.js';
import type { SyncOutbox } from '../../domain/profile-sync/sync-outbox.js';
import type { Clock } from '../../domain/shared/clock.js';

/**
 * A super admin sends failed jobs back to the queue (all of them, or those named), due now,
 * with a fresh retry window. Ids that are not failed jobs are ignored.
 */
export class RetryFailedSyncJobs {
  constructor(
    private readonly outbox: SyncOutbox,
    private readonly clock: Clock,
  ) {}

  async execute(input: { ids?: SyncJobId[]; kind?: SyncJobKind } = {}): Promise<{ retried: number }> {
    return {
      retried: await this.outbox.retryFailed({ now: this.clock.now(), ids: input.ids, kind: input.kind }),
    };
  }
}
