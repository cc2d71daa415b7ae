import type {
  SyncJobId,
  SyncJobKind,
  SyncJobStatus,
  SyncJobView,
} from '../../../domain/profile-sync/sync-job.js';
import type { UserId } from '../../../domain/shared/ids.js';

/** A `profile_sync_job` row as the QueryBuilder returns it (property names). */
export interface JobRow {
  id: string;
  userId: string;
  kind: string;
  version: number;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toView(row: JobRow): SyncJobView {
  return {
    id: row.id as SyncJobId,
    userId: row.userId as UserId,
    kind: row.kind as SyncJobKind,
    status: row.status as SyncJobStatus,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.nextAttemptAt),
    lastError: row.lastError,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}
