import type { RetrySchedule } from '../../domain/profile-sync/retry-schedule.js';
import { describeFailure } from '../../domain/profile-sync/sync-errors.js';
import type { LeasedSyncJob, SyncJobDeliverers, SyncJobKind } from '../../domain/profile-sync/sync-job.js';
import type { SyncOutbox } from '../../domain/profile-sync/sync-outbox.js';
import type { Clock } from '../../domain/shared/clock.js';
import { untilAborted } from './until-aborted.js';

export interface DeliverySettings {
  /** Jobs leased per round. */
  batchSize: number;
  /**
   * How long a lease lasts: longer than any one delivery can take (each crisp-api call gives up
   * after 10 s), so a job is never delivered by two workers at once. A worker that dies holding
   * a lease leaves the job to the others once it runs out.
   */
  leaseMs: number;
  /**
   * A job abandoned mid-delivery (the worker stopping) is due again only after this long, so a
   * call still in flight has ended before another worker delivers the job.
   */
  abandonedHoldMs: number;
}

export interface DeliveryRound {
  leased: number;
  delivered: number;
  /** Delivered, but enqueued again meanwhile: delivered once more in a later round. */
  again: number;
  retried: number;
  failed: number;
  /** Given back unfinished because the worker is stopping. */
  released: number;
}

/**
 * One round of the worker (SPEC.md section 8): lease a batch of due jobs in a short
 * transaction, deliver each outside any transaction through the deliverer of its kind, then
 * mark it delivered, retry it later with backoff, or give up after the retry window. Once
 * `signal` aborts, the job in flight and the rest of the batch are released, never lost.
 */
export class DeliverSyncJobs {
  private readonly kinds: SyncJobKind[];

  constructor(
    private readonly outbox: SyncOutbox,
    private readonly deliverers: SyncJobDeliverers,
    private readonly schedule: RetrySchedule,
    private readonly clock: Clock,
    private readonly settings: DeliverySettings,
  ) {
    this.kinds = Object.keys(deliverers) as SyncJobKind[];
  }

  async execute(signal?: AbortSignal): Promise<DeliveryRound> {
    const round: DeliveryRound = { leased: 0, delivered: 0, again: 0, retried: 0, failed: 0, released: 0 };
    if (this.kinds.length === 0 || signal?.aborted) return round;
    const now = this.clock.now();
    const jobs = await this.outbox.lease({
      kinds: this.kinds,
      limit: this.settings.batchSize,
      now,
      until: new Date(now.getTime() + this.settings.leaseMs),
    });
    round.leased = jobs.length;
    for (const job of jobs) {
      if (signal?.aborted) {
        await this.outbox.release(job, this.clock.now());
        round.released += 1;
        continue;
      }
      round[await this.deliver(job, signal)] += 1;
    }
    return round;
  }

  private async deliver(
    job: LeasedSyncJob,
    signal: AbortSignal | undefined,
  ): Promise<'delivered' | 'again' | 'retried' | 'failed' | 'released'> {
    const deliverer = this.deliverers[job.kind];
    try {
      if (!deliverer) throw new Error(`no deliverer for ${job.kind}`);
      const result = await untilAborted(deliverer.execute(job.userId), signal);
      if (result.aborted) {
        await this.outbox.release(job, new Date(this.clock.now().getTime() + this.settings.abandonedHoldMs));
        return 'released';
      }
    } catch (error) {
      return this.failed(job, describeFailure(error));
    }
    return this.outbox.markDelivered(job, this.clock.now());
  }

  private async failed(job: LeasedSyncJob, error: string): Promise<'retried' | 'failed'> {
    const now = this.clock.now();
    const failingSince = job.failingSince ?? now;
    const decision = this.schedule.after({ attempts: job.attempts + 1, failingSince, now });
    if ('retryAt' in decision) {
      await this.outbox.markForRetry(job, { at: decision.retryAt, error, failingSince, now });
      return 'retried';
    }
    if (await this.outbox.markFailed(job, { error, now })) return 'failed';
    // Enqueued anew during this last attempt: the new change gets a retry window of its own.
    const fresh = this.schedule.after({ attempts: 1, failingSince: now, now });
    const at = 'retryAt' in fresh ? fresh.retryAt : now;
    await this.outbox.markForRetry(job, { at, error, failingSince: now, now });
    return 'retried';
  }
}
