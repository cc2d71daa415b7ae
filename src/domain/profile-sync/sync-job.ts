import type { UserId } from '../shared/ids.js';

/**
 * The outbox of SPEC.md section 8 holds jobs of several kinds, one row per (user, kind): a
 * Crisp profile now, a contact sync (section 13.7) later. A worker delivers each kind through
 * its own deliverer; kinds it has no deliverer for wait, recorded, until one is configured.
 */
export const SYNC_JOB_KINDS = ['chat_profile', 'contact_sync'] as const;
export type SyncJobKind = (typeof SYNC_JOB_KINDS)[number];

export const SYNC_JOB_STATUSES = ['pending', 'failed', 'delivered'] as const;
export type SyncJobStatus = (typeof SYNC_JOB_STATUSES)[number];

export type SyncJobId = string & { readonly __brand: 'SyncJobId' };

/** A job as an admin sees it. `lastError` never holds personal data (see SyncFailure). */
export interface SyncJobView {
  id: SyncJobId;
  userId: UserId;
  kind: SyncJobKind;
  status: SyncJobStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A job one worker holds until `leasedUntil`. `version` is the row's version when leased: a
 * change enqueued during delivery bumps it, so the job is delivered again instead of marked done.
 */
export interface LeasedSyncJob {
  id: SyncJobId;
  userId: UserId;
  kind: SyncJobKind;
  version: number;
  attempts: number;
  failingSince: Date | null;
  leaseId: string;
}

/** Delivers one user's job of one kind, recomputing everything from the database. */
export interface SyncJobDeliverer {
  execute(userId: UserId): Promise<void>;
}

export type SyncJobDeliverers = Partial<Record<SyncJobKind, SyncJobDeliverer>>;
