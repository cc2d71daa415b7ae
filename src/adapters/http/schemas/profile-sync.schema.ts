import { z } from '@hono/zod-openapi';
import { SYNC_JOB_KINDS, type SyncJobView } from '../../../domain/profile-sync/sync-job.js';
import { iso, Timestamp, Uuid } from './common.js';

export const SYNC_LIST_LIMIT_MAX = 100;

export const SyncJobListQuery = z.object({
  status: z
    .enum(['failed', 'pending'])
    .default('failed')
    .openapi({ description: 'failed (newest failure first) or pending (next due first); default failed' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SYNC_LIST_LIMIT_MAX)
    .default(50)
    .openapi({ description: `1–${SYNC_LIST_LIMIT_MAX}, default 50` }),
});

export const SyncJobSchema = z
  .object({
    id: Uuid,
    userId: Uuid,
    kind: z.enum(SYNC_JOB_KINDS).openapi({
      description: 'What the job syncs: chat_profile is the Crisp profile, contact_sync the WhatsApp contact',
    }),
    status: z.enum(['pending', 'failed']),
    attempts: z
      .number()
      .int()
      .openapi({ description: 'Failed attempts since the job last changed or was retried' }),
    nextAttemptAt: Timestamp,
    lastError: z
      .string()
      .nullable()
      .openapi({ description: 'The last failure: a status and reason word, never personal data' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('SyncJob');

export const SyncJobListSchema = z
  .object({
    total: z.number().int().openapi({ description: 'Jobs with this status in all, beyond the limit too' }),
    jobs: z.array(SyncJobSchema),
  })
  .openapi('SyncJobList');

export const RetrySyncJobsBody = z.object({
  ids: z
    .array(Uuid)
    .min(1)
    .max(SYNC_LIST_LIMIT_MAX)
    .optional()
    .openapi({ description: 'Failed jobs to retry; all failed jobs when absent (or with no body)' }),
});

export const RetrySyncJobsSchema = z
  .object({ retried: z.number().int().openapi({ description: 'How many failed jobs are pending again' }) })
  .openapi('SyncJobRetry');

export function syncJobJson(job: SyncJobView) {
  return {
    id: job.id,
    userId: job.userId,
    kind: job.kind,
    status: job.status === 'failed' ? ('failed' as const) : ('pending' as const),
    attempts: job.attempts,
    nextAttemptAt: iso(job.nextAttemptAt),
    lastError: job.lastError,
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
  };
}
