import { portToken } from '../shared/port-token.js';

/**
 * The booking system's admin side, as therapy cancellation needs it (SPEC 12.3). Every call has
 * its own deadline. Failures are SimplybookUnavailable (down, slow, refused, unexpected answer),
 * SimplybookBookingNotFound (no booking with exactly that code) or SimplybookNotConfigured.
 */
export interface SimplybookClient {
  /** Simplybook's id of the booking whose code is exactly `code`. */
  findBookingId(code: string): Promise<number>;
  /** Cancels the booking; resolves once Simplybook confirmed it. */
  cancelBooking(id: number): Promise<void>;
}
export const SimplybookClient = portToken<SimplybookClient>('SimplybookClient');
