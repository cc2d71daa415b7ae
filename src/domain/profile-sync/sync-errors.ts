import { DomainError } from '../shared/domain-error.js';

/**
 * A delivery the outside service refused or never answered. `reason` is written for the job's
 * `lastError` and the logs, so adapters build it from status codes and reason words only, never
 * from the request (which holds an email) or from free text the service sent back.
 */
export class SyncDeliveryFailed extends DomainError {
  readonly kind = 'upstream';
  readonly code = 'SYNC_DELIVERY_FAILED';

  constructor(readonly reason: string) {
    super(reason);
  }
}

/** What a failed attempt leaves in `lastError`: never an error's free text, which may quote data. */
export function describeFailure(error: unknown): string {
  if (error instanceof SyncDeliveryFailed) return error.reason;
  if (error instanceof DomainError) return error.code;
  if (error instanceof Error) return `unexpected ${error.name}`;
  return 'unexpected failure';
}
