import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type {
  LeasedSyncJob,
  SyncJobId,
  SyncJobKind,
  SyncJobStatus,
} from '../../../domain/profile-sync/sync-job.js';
import type { QueueDepth, SyncOutbox } from '../../../domain/profile-sync/sync-outbox.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { ProfileSyncJobMapping } from './profile-sync-job.mapping.js';
import { toView, type JobRow } from './sync-job-rows.js';

const ERROR_MAX = 500;

/**
 * The worker's side of `profile_sync_job`. Leasing takes row locks (`FOR UPDATE SKIP LOCKED`)
 * only for the few milliseconds of its own transaction; from then on the lease columns keep
 * the job with one worker, and every later write names that lease.
 */
export class MikroOrmSyncOutbox implements SyncOutbox {
  constructor(private readonly em: SqlEntityManager) {}

  lease(input: { kinds: SyncJobKind[]; limit: number; now: Date; until: Date }): Promise<LeasedSyncJob[]> {
    const { kinds, limit, now, until } = input;
    return this.em.transactional(async (tx) => {
      const rows: JobRow[] = await tx
        .createQueryBuilder(ProfileSyncJobMapping)
        .select(['id', 'userId', 'kind', 'version', 'attempts', 'failingSince'])
        .where({
          kind: { $in: kinds },
          status: 'pending',
          nextAttemptAt: { $lte: now },
          $or: [{ leasedUntil: null }, { leasedUntil: { $lte: now } }],
        })
        .orderBy({ nextAttemptAt: 'asc' })
        .limit(limit)
        .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE)
        .execute('all');
      if (rows.length === 0) return [];
      const leaseId = randomUUID();
      await tx
        .createQueryBuilder(ProfileSyncJobMapping)
        .update({ leasedUntil: until, leaseId })
        .where({ id: { $in: rows.map((row) => row.id) } })
        .execute('run');
      return rows.map((row) => ({
        id: row.id as SyncJobId,
        userId: row.userId as UserId,
        kind: row.kind as SyncJobKind,
        version: row.version,
        attempts: row.attempts,
        failingSince: row.failingSince ? new Date(row.failingSince) : null,
        leaseId,
      }));
    });
  }

  async markDelivered(job: LeasedSyncJob, now: Date): Promise<'delivered' | 'again'> {
    const affected = await this.updateLeased(
      job,
      {
        status: 'delivered',
        attempts: 0,
        failingSince: null,
        lastError: null,
        deliveredAt: now,
        updatedAt: now,
      },
      true,
    );
    if (affected === 1) return 'delivered';
    // Enqueued anew while it was delivered: give the lease back so the new change goes out too.
    await this.release(job, now);
    return 'again';
  }

  async markForRetry(
    job: LeasedSyncJob,
    retry: { at: Date; error: string; failingSince: Date; now: Date },
  ): Promise<void> {
    await this.updateLeased(job, {
      attempts: job.attempts + 1,
      nextAttemptAt: retry.at,
      lastError: retry.error.slice(0, ERROR_MAX),
      failingSince: retry.failingSince,
      updatedAt: retry.now,
    });
  }

  async markFailed(job: LeasedSyncJob, failure: { error: string; now: Date }): Promise<boolean> {
    const affected = await this.updateLeased(
      job,
      {
        status: 'failed',
        attempts: job.attempts + 1,
        lastError: failure.error.slice(0, ERROR_MAX),
        updatedAt: failure.now,
      },
      true,
    );
    return affected === 1;
  }

  async release(job: LeasedSyncJob, availableAt: Date): Promise<void> {
    await this.updateLeased(job, { nextAttemptAt: availableAt });
  }

  async list(filter: { status: Exclude<SyncJobStatus, 'delivered'>; limit: number; kind?: SyncJobKind }) {
    const where = { status: filter.status, ...(filter.kind ? { kind: filter.kind } : {}) };
    const order =
      filter.status === 'failed' ? { updatedAt: 'desc' as const } : { nextAttemptAt: 'asc' as const };
    const rows: JobRow[] = await this.em
      .createQueryBuilder(ProfileSyncJobMapping)
      .select([
        'id',
        'userId',
        'kind',
        'status',
        'attempts',
        'nextAttemptAt',
        'lastError',
        'createdAt',
        'updatedAt',
      ])
      .where(where)
      .orderBy([order, { id: 'asc' }])
      .limit(filter.limit)
      .execute('all');
    const total = await this.em.createQueryBuilder(ProfileSyncJobMapping).where(where).getCount();
    return { total, jobs: rows.map(toView) };
  }

  async retryFailed(input: { now: Date; ids?: SyncJobId[]; kind?: SyncJobKind }): Promise<number> {
    const result = await this.em
      .createQueryBuilder(ProfileSyncJobMapping)
      .update({
        status: 'pending',
        attempts: 0,
        failingSince: null,
        nextAttemptAt: input.now,
        updatedAt: input.now,
      })
      .where({
        status: 'failed',
        ...(input.ids ? { id: { $in: input.ids } } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
      })
      .execute('run');
    return result.affectedRows;
  }

  async depth(): Promise<QueueDepth> {
    const count = (status: SyncJobStatus) =>
      this.em.createQueryBuilder(ProfileSyncJobMapping).where({ status }).getCount();
    return { pending: await count('pending'), failed: await count('failed') };
  }

  /** Writes `data` while `job`'s lease holds (and, with `sameVersion`, while nothing was enqueued since); ends the lease. */
  private async updateLeased(
    job: LeasedSyncJob,
    data: Record<string, unknown>,
    sameVersion = false,
  ): Promise<number> {
    const result = await this.em
      .createQueryBuilder(ProfileSyncJobMapping)
      .update({ ...data, leasedUntil: null, leaseId: null })
      .where({ id: job.id, leaseId: job.leaseId, ...(sameVersion ? { version: job.version } : {}) })
      .execute('run');
    return result.affectedRows;
  }
}
