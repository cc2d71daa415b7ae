import { SyncDeliveryFailed } from '../../domain/profile-sync/sync-errors.js';

/**
 * crisp-api rejects with plain objects `{ reason, message, code, data }`; `data.message` can
 * quote the service's text. Only the status code and a reason word are ever kept.
 */
interface CrispRejection {
  code?: unknown;
  message?: unknown;
  /** `request` when no answer came (refused, dropped, timed out), `response` otherwise. */
  data?: { namespace?: unknown };
}

const REASON_WORD = /^[a-z_]{1,64}$/;

export function isCrispRejection(error: unknown): error is CrispRejection {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && 'code' in error;
}

/** The reason word Crisp gave (e.g. `people_exists`), or null. */
export function crispReason(error: unknown): string | null {
  if (!isCrispRejection(error)) return null;
  return typeof error.message === 'string' && REASON_WORD.test(error.message) ? error.message : null;
}

export function crispStatus(error: unknown): number | null {
  return isCrispRejection(error) && typeof error.code === 'number' ? error.code : null;
}

/** A rejection as a SyncDeliveryFailed that is safe to store and log; other errors pass through. */
export function toDeliveryFailure(error: unknown, step: string): unknown {
  if (!isCrispRejection(error)) return error;
  // crisp-api reports an unanswered request as a 500 too; say what it was.
  if (error.data?.namespace === 'request') return new SyncDeliveryFailed(`crisp ${step}: no answer`);
  const status = crispStatus(error) ?? 'no status';
  return new SyncDeliveryFailed(`crisp ${step}: ${status} ${crispReason(error) ?? 'error'}`);
}
