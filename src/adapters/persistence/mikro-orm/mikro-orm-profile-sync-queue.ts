import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ProfileSyncQueue } from '../../../domain/profile-sync/profile-sync-queue.js';
import type { UserId } from '../../../domain/shared/ids.js';

/** Writes the outbox row in the caller's transaction; one statement, coalesced per user. */
export class MikroOrmProfileSyncQueue implements ProfileSyncQueue {
  constructor(private readonly em: SqlEntityManager) {}

  async enqueue(userId: UserId): Promise<void> {
    await this.em.execute(
      `insert into profile_sync_job (id, user_id) values (?, ?)
       on conflict (user_id) do update
         set version = profile_sync_job.version + 1, status = 'pending', attempts = 0,
             next_attempt_at = now(), last_error = null, updated_at = now()`,
      [randomUUID(), userId],
    );
  }
}
