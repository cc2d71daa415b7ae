import { defineEntity, p } from '@mikro-orm/core';

/**
 * The outbox row (SPEC.md section 8), mapped as a plain record for the QueryBuilder: the
 * domain never holds it as an entity, only as leased jobs and admin views. Enqueuing is
 * MikroOrmProfileSyncQueue's one upsert.
 */
export const ProfileSyncJobMapping = defineEntity({
  name: 'ProfileSyncJob',
  tableName: 'profile_sync_job',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    userId: p.uuid(),
    kind: p.string().length(32),
    version: p.integer(),
    status: p.string().length(16),
    attempts: p.integer(),
    nextAttemptAt: p.datetime(),
    lastError: p.string().length(500).nullable(),
    leasedUntil: p.datetime().nullable(),
    leaseId: p.uuid().nullable(),
    failingSince: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
  },
});
