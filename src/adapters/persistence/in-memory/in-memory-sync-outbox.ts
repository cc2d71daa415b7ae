import { randomUUID } from 'node:crypto';
import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type {
  LeasedSyncJob,
  SyncJobId,
  SyncJobKind,
  SyncJobStatus,
} from '../../../domain/profile-sync/sync-job.js';
import type { QueueDepth, SyncOutbox } from '../../../domain/profile-sync/sync-outbox.js';
import type { Clock } from '../../../domain/shared/clock.js';
import type { UserId } from '../../../domain/shared/ids.js';

interface Job {
  id: SyncJobId;
  userId: UserId;
  kind: SyncJobKind;
  version: number;
  status: SyncJobStatus;
  attempts: number;
  nextAttemptAt: Date;
  failingSince: Date | null;
  lastError: string | null;
  leaseId: string | null;
  leasedUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const ERROR_MAX = 500;

/** The outbox in memory, both sides: enqueue (as use cases do) and the worker's leases. */
export class InMemorySyncOutbox implements SyncOutbox, ProfileSyncQueue {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly clock: Clock) {}

  async enqueue(userId: UserId, kind: SyncJobKind = 'chat_profile'): Promise<void> {
    const now = this.clock.now();
    const job = this.jobs.get(`${userId}:${kind}`);
    if (job) {
      Object.assign(job, { version: job.version + 1, status: 'pending', attempts: 0, failingSince: null });
      Object.assign(job, { nextAttemptAt: now, lastError: null, updatedAt: now });
      return;
    }
    this.jobs.set(`${userId}:${kind}`, {
      ...{ id: randomUUID() as SyncJobId, userId, kind, version: 1, status: 'pending', attempts: 0 },
      ...{ nextAttemptAt: now, failingSince: null, lastError: null, leaseId: null, leasedUntil: null },
      ...{ createdAt: now, updatedAt: now },
    });
  }

  async lease(input: {
    kinds: SyncJobKind[];
    limit: number;
    now: Date;
    until: Date;
  }): Promise<LeasedSyncJob[]> {
    const { kinds, limit, now, until } = input;
    const due = [...this.jobs.values()]
      .filter((job) => kinds.includes(job.kind) && job.status === 'pending' && job.nextAttemptAt <= now)
      .filter((job) => job.leasedUntil === null || job.leasedUntil <= now)
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())
      .slice(0, limit);
    const leaseId = randomUUID();
    return due.map((job) => {
      Object.assign(job, { leaseId, leasedUntil: until });
      const { id, userId, kind, version, attempts, failingSince } = job;
      return { id, userId, kind, version, attempts, failingSince, leaseId };
    });
  }

  async markDelivered(leased: LeasedSyncJob, now: Date): Promise<'delivered' | 'again'> {
    const update = { status: 'delivered' as const, attempts: 0, failingSince: null, lastError: null };
    if (this.updateLeased(leased, { ...update, updatedAt: now }, true)) return 'delivered';
    await this.release(leased, now);
    return 'again';
  }

  async markForRetry(
    leased: LeasedSyncJob,
    retry: { at: Date; error: string; failingSince: Date; now: Date },
  ): Promise<void> {
    this.updateLeased(leased, {
      attempts: leased.attempts + 1,
      nextAttemptAt: retry.at,
      lastError: retry.error.slice(0, ERROR_MAX),
      failingSince: retry.failingSince,
      updatedAt: retry.now,
    });
  }

  async markFailed(leased: LeasedSyncJob, failure: { error: string; now: Date }): Promise<boolean> {
    const update = { status: 'failed' as const, attempts: leased.attempts + 1 };
    return this.updateLeased(
      leased,
      { ...update, lastError: failure.error.slice(0, ERROR_MAX), updatedAt: failure.now },
      true,
    );
  }

  async release(leased: LeasedSyncJob, availableAt: Date): Promise<void> {
    this.updateLeased(leased, { nextAttemptAt: availableAt });
  }

  async list(filter: { status: Exclude<SyncJobStatus, 'delivered'>; limit: number; kind?: SyncJobKind }) {
    const time = (job: Job) =>
      filter.status === 'failed' ? -job.updatedAt.getTime() : job.nextAttemptAt.getTime();
    const matching = [...this.jobs.values()]
      .filter((job) => job.status === filter.status && (!filter.kind || job.kind === filter.kind))
      .sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id));
    const jobs = matching.slice(0, filter.limit).map((job) => {
      const { id, userId, kind, status, attempts, nextAttemptAt, lastError, createdAt, updatedAt } = job;
      return { id, userId, kind, status, attempts, nextAttemptAt, lastError, createdAt, updatedAt };
    });
    return { total: matching.length, jobs };
  }

  async retryFailed(input: { now: Date; ids?: SyncJobId[]; kind?: SyncJobKind }): Promise<number> {
    const chosen = [...this.jobs.values()].filter(
      (job) =>
        job.status === 'failed' &&
        (!input.ids || input.ids.includes(job.id)) &&
        (!input.kind || job.kind === input.kind),
    );
    for (const job of chosen)
      Object.assign(job, {
        ...{ status: 'pending', attempts: 0, failingSince: null },
        ...{ nextAttemptAt: input.now, updatedAt: input.now },
      });
    return chosen.length;
  }

  async depth(): Promise<QueueDepth> {
    const count = (status: SyncJobStatus) =>
      [...this.jobs.values()].filter((j) => j.status === status).length;
    return { pending: count('pending'), failed: count('failed') };
  }

  /** As the SQL adapter: writes only while the lease holds (and the version, with `sameVersion`). */
  private updateLeased(leased: LeasedSyncJob, data: Partial<Job>, sameVersion = false): boolean {
    const job = [...this.jobs.values()].find((j) => j.id === leased.id);
    if (!job || job.leaseId !== leased.leaseId || (sameVersion && job.version !== leased.version))
      return false;
    Object.assign(job, data, { leaseId: null, leasedUntil: null });
    return true;
  }
}
