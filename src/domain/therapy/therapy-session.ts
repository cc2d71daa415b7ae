import type { BookingAction } from '../profile/profile-views.js';
import type { PartnerAccessId, TherapySessionId, UserId } from '../shared/ids.js';
import { BookingCancelled, BookingCompleted, BookingInPast, InvalidBookingPeriod } from './therapy-errors.js';

export interface BookingDetails {
  bookingCode: string;
  clientEmail: string;
  clientTimezone: string | null;
  serviceName: string;
  serviceProviderName: string;
  serviceProviderEmail: string;
  startDateTime: Date;
  endDateTime: Date;
}

/**
 * A Simplybook booking (SPEC section 9), charged to one partner access for its whole life.
 * Each method answers whether it changed anything, so a replayed delivery changes nothing.
 */
export class TherapySession {
  constructor(
    readonly id: TherapySessionId,
    readonly userId: UserId,
    readonly partnerAccessId: PartnerAccessId,
    readonly bookingCode: string,
    readonly clientEmail: string,
    readonly clientTimezone: string | null,
    readonly serviceName: string,
    readonly serviceProviderName: string,
    readonly serviceProviderEmail: string,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _action: BookingAction,
    private _startDateTime: Date,
    private _endDateTime: Date,
    private _cancelledAt: Date | null = null,
    private _rescheduledFrom: Date | null = null,
    private _completedAt: Date | null = null,
    /** Simplybook's own id, known once the user cancelled the booking from Bloom (SPEC 12.2). */
    private _simplybookBookingId: number | null = null,
  ) {}

  static book(
    id: TherapySessionId,
    userId: UserId,
    partnerAccessId: PartnerAccessId,
    details: BookingDetails,
    now: Date,
  ): TherapySession {
    checkPeriod(details.startDateTime, details.endDateTime);
    return new TherapySession(
      id,
      userId,
      partnerAccessId,
      details.bookingCode,
      details.clientEmail,
      details.clientTimezone,
      details.serviceName,
      details.serviceProviderName,
      details.serviceProviderEmail,
      now,
      now,
      'NEW_BOOKING',
      details.startDateTime,
      details.endDateTime,
    );
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get action(): BookingAction {
    return this._action;
  }
  get startDateTime(): Date {
    return this._startDateTime;
  }
  get endDateTime(): Date {
    return this._endDateTime;
  }
  get cancelledAt(): Date | null {
    return this._cancelledAt;
  }
  get rescheduledFrom(): Date | null {
    return this._rescheduledFrom;
  }
  get completedAt(): Date | null {
    return this._completedAt;
  }
  get simplybookBookingId(): number | null {
    return this._simplybookBookingId;
  }
  get isCancelled(): boolean {
    return this._cancelledAt !== null;
  }

  /**
   * Whether the user may still cancel it (SPEC 12.2): not once it took place or began. Asked
   * only of an uncancelled booking (a cancelled one answers as it is).
   */
  checkCancellableByClient(now: Date): void {
    if (this._completedAt !== null) throw new BookingCompleted();
    if (this._startDateTime.getTime() <= now.getTime()) throw new BookingInPast();
  }

  /**
   * False when it was already cancelled (the caller then credits nothing). A cancellation made
   * from Bloom records Simplybook's id of the booking.
   */
  cancel(now: Date, simplybookBookingId: number | null = null): boolean {
    if (this.isCancelled) return false;
    this._cancelledAt = now;
    if (simplybookBookingId !== null) this._simplybookBookingId = simplybookBookingId;
    this.touch('CANCELLED_BOOKING', now);
    return true;
  }

  /** A replay with the current times changes nothing, so `rescheduledFrom` keeps the real old start. */
  reschedule(start: Date, end: Date, now: Date): boolean {
    if (this.isCancelled) throw new BookingCancelled();
    checkPeriod(start, end);
    if (sameTime(start, this._startDateTime) && sameTime(end, this._endDateTime)) return false;
    this._rescheduledFrom = this._startDateTime;
    this._startDateTime = start;
    this._endDateTime = end;
    this.touch('UPDATED_BOOKING', now);
    return true;
  }

  /** Completed at the booked end time. */
  complete(now: Date): boolean {
    if (this.isCancelled) throw new BookingCancelled();
    if (this._action === 'COMPLETED_BOOKING' && sameTime(this._completedAt, this._endDateTime)) return false;
    this._completedAt = this._endDateTime;
    this.touch('COMPLETED_BOOKING', now);
    return true;
  }

  private touch(action: BookingAction, now: Date): void {
    this._action = action;
    this._updatedAt = now;
  }
}

function checkPeriod(start: Date, end: Date): void {
  if (!(end.getTime() > start.getTime())) throw new InvalidBookingPeriod();
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return a !== null && b !== null && a.getTime() === b.getTime();
}
