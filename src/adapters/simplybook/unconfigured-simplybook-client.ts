import type { SimplybookClient } from '../../domain/therapy/simplybook-client.js';
import { SimplybookNotConfigured } from '../../domain/therapy/therapy-errors.js';

/** Bound when SIMPLYBOOK_COMPANY, _LOGIN and _PASSWORD are all unset: cancelling answers 503. */
export class UnconfiguredSimplybookClient implements SimplybookClient {
  findBookingId(): Promise<number> {
    return Promise.reject(new SimplybookNotConfigured());
  }

  cancelBooking(): Promise<void> {
    return Promise.reject(new SimplybookNotConfigured());
  }
}
