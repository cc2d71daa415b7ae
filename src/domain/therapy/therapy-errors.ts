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
