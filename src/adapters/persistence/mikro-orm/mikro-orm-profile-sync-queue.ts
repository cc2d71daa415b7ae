import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type { SyncJobKind } from '../../../domain/profile-sync/sync-job.js';
import type { UserId } from '../../../domain/shared/ids.js';

const KIND: SyncJobKind = 'chat_profile';

/**
 * Writes the outbox row in the caller's transaction; one statement, coalesced per user. It
 * leaves a lease alone: a job enqueued while a worker delivers it is delivered again after.
 */
export class MikroOrmProfileSyncQueue implements ProfileSyncQueue {
  constructor(private readonly em: SqlEntityManager) {}

  async enqueue(userId: UserId): Promise<void> {
    // Raw SQL: one upsert that bumps the existing row's version and runs inside the caller's transaction.
    await this.em.execute(
      `insert into profile_sync_job (id, user_id, kind) values (?, ?, ?)
       on conflict (user_id, kind) do update
         set version = profile_sync_job.version + 1, status = 'pending', attempts = 0,
             failing_since = null, next_attempt_at = now(), last_error = null, updated_at = now()`,
      [randomUUID(), userId, KIND],
    );
  }
}
