import { portToken } from '../shared/port-token.js';
import type { LeasedSyncJob, SyncJobId, SyncJobKind, SyncJobStatus, SyncJobView } from './sync-job.js';

export interface QueueDepth {
  /** Waiting for a delivery (due now or backing off), leased ones included. */
  pending: number;
  failed: number;
}

/**
 * The worker's side of the outbox. Every write that follows a lease names the lease: once a
 * lease has expired and another worker holds the job, the late writes of the first change nothing.
 */
export interface SyncOutbox {
  /**
   * In one short transaction, takes up to `limit` pending jobs of `kinds` that are due at `now`
   * and not leased, skipping rows other transactions hold, and leases them until `until`.
   */
  lease(input: { kinds: SyncJobKind[]; limit: number; now: Date; until: Date }): Promise<LeasedSyncJob[]>;
  /** 'delivered', or 'again' when the job was enqueued anew since its lease (it stays pending, due now). */
  markDelivered(job: LeasedSyncJob, now: Date): Promise<'delivered' | 'again'>;
  markForRetry(
    job: LeasedSyncJob,
    retry: { at: Date; error: string; failingSince: Date; now: Date },
  ): Promise<void>;
  /** false (and nothing written) when the job was enqueued anew since its lease. */
  markFailed(job: LeasedSyncJob, failure: { error: string; now: Date }): Promise<boolean>;
  /** Gives the lease back; the job is due again at `availableAt`. */
  release(job: LeasedSyncJob, availableAt: Date): Promise<void>;
  /** Jobs of one status, of one kind when `kind` is given (each admin route lists its own). */
  list(filter: { status: Exclude<SyncJobStatus, 'delivered'>; limit: number; kind?: SyncJobKind }): Promise<{
    total: number;
    jobs: SyncJobView[];
  }>;
  /** Failed jobs (all, or those of `ids`; of `kind` when given) become pending and due at `now`; returns how many. */
  retryFailed(input: { now: Date; ids?: SyncJobId[]; kind?: SyncJobKind }): Promise<number>;
  depth(): Promise<QueueDepth>;
}
export const SyncOutbox = portToken<SyncOutbox>('SyncOutbox');
