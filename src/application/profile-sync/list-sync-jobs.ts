import type { SyncJobKind, SyncJobStatus, SyncJobView } from '../../domain/profile-sync/sync-job.js';
import type { SyncOutbox } from '../../domain/profile-sync/sync-outbox.js';

export interface ListSyncJobsInput {
  status: Exclude<SyncJobStatus, 'delivered'>;
  limit: number;
  /** One kind of job (each admin route lists its own); every kind when absent. */
  kind?: SyncJobKind;
}

/** The outbox as a super admin inspects it: failed jobs (newest failure first) or pending ones (next due first). */
export class ListSyncJobs {
  constructor(private readonly outbox: SyncOutbox) {}

  execute(input: ListSyncJobsInput): Promise<{ total: number; jobs: SyncJobView[] }> {
    return this.outbox.list(input);
  }
}
