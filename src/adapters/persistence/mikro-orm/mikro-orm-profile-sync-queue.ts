import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type { SyncJobKind } from '../../../domain/profile-sync/sync-job.js';
import type { UserId } from '../../../domain/shared/ids.js';
import type { ContactSyncQueue } from '../../../domain/subscription/contact-sync-queue.js';

/**
 * Writes the outbox row in the caller's transaction; one statement, coalesced per user. It
 * leaves a lease alone: a job enqueued while a worker delivers it is delivered again after.
 * One class for every kind: Crisp profiles by default, `contact_sync` for WhatsApp contacts
 * (it is bound as the ContactSyncQueue too, SPEC 13.7).
 */
export class MikroOrmProfileSyncQueue implements ProfileSyncQueue, ContactSyncQueue {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly kind: SyncJobKind = 'chat_profile',
  ) {}

  async enqueue(userId: UserId): Promise<void> {
    const { sql, params } = enqueueStatement(userId, this.kind);
    await this.em.execute(sql, params);
  }
}

/**
 * The enqueue upsert, also the main statement of a write that carries its own changes in WITH
 * clauses (MikroOrmProgressRepository.record), so the outbox row is written one way everywhere.
 * Raw SQL: one upsert that bumps the existing row's version and runs inside the caller's transaction.
 */
export function enqueueStatement(userId: UserId, kind: SyncJobKind): { sql: string; params: unknown[] } {
  return {
    sql: `insert into profile_sync_job (id, user_id, kind) values (?, ?, ?)
       on conflict (user_id, kind) do update
         set version = profile_sync_job.version + 1, status = 'pending', attempts = 0,
             failing_since = null, next_attempt_at = now(), last_error = null, updated_at = now()`,
    params: [randomUUID(), userId, kind],
  };
}
