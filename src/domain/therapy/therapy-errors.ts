import { domainError } from '../shared/domain-error.js';

/** In a webhook body the unknown user is the caller's mistake: 400, not the 403/404 of other routes. */
export class BookingUserNotFound extends domainError('invalid', 'USER_NOT_FOUND') {}
export class BookingUserMismatch extends domainError('conflict', 'BOOKING_USER_MISMATCH') {}
export class BookingNotFound extends domainError('not_found', 'BOOKING_NOT_FOUND') {}
export class BookingCancelled extends domainError('conflict', 'BOOKING_CANCELLED') {}
export class InvalidBookingPeriod extends domainError('invalid', 'VALIDATION_FAILED') {}
export class NoTherapyAccess extends domainError('forbidden', 'NO_THERAPY_ACCESS') {}
/** A refund with nothing redeemed: the counters disagree with the bookings, so nothing is credited. */
export class TherapyCreditsInconsistent extends domainError('conflict', 'THERAPY_CREDITS_INCONSISTENT') {}
export class BookingCompleted extends domainError('conflict', 'BOOKING_COMPLETED') {}
export class BookingInPast extends domainError('conflict', 'BOOKING_IN_PAST') {}
/** Simplybook failed, timed out or answered something unexpected (SPEC 12.3): nothing changed here. */
export class SimplybookUnavailable extends domainError('upstream', 'SIMPLYBOOK_UNAVAILABLE') {}
/** Simplybook has no booking with exactly that code. */
export class SimplybookBookingNotFound extends domainError('upstream', 'SIMPLYBOOK_BOOKING_NOT_FOUND') {}
/** No Simplybook credentials are configured, so bookings cannot be cancelled from Bloom. */
export class SimplybookNotConfigured extends domainError('unavailable', 'SIMPLYBOOK_NOT_CONFIGURED') {}
