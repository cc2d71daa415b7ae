import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { TherapySessionId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { SimplybookClient } from '../../domain/therapy/simplybook-client.js';
import type { TherapyCredits } from '../../domain/therapy/therapy-credits.js';
import {
  BookingNotFound,
  SimplybookBookingNotFound,
  SimplybookUnavailable,
} from '../../domain/therapy/therapy-errors.js';
import type { TherapySession } from '../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';
import { cancelAndCredit } from './credit-cancelled-booking.js';

export interface CancelTherapyBookingInput {
  userId: UserId;
  bookingId: TherapySessionId;
}

/**
 * PATCH /therapy-session/:id/cancel (SPEC 12.2). Simplybook is asked first, outside any
 * transaction (no row lock is held across a call to it), and the credit follows only once it
 * confirmed: crediting first would give a free session while the slot stays booked. The credit
 * then takes the booking's row lock, as the section 9 webhook does, so when Simplybook's own
 * CANCELLED_BOOKING notification races this call exactly one of them credits.
 */
export class CancelTherapyBooking {
  constructor(
    private readonly sessions: TherapySessionRepository,
    private readonly credits: TherapyCredits,
    private readonly simplybook: SimplybookClient,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(input: CancelTherapyBookingInput): Promise<TherapySession> {
    const booking = await this.owned(input);
    if (booking.isCancelled) return booking;
    booking.checkCancellableByClient(this.clock.now());
    let simplybookId: number;
    try {
      simplybookId =
        booking.simplybookBookingId ?? (await this.simplybook.findBookingId(booking.bookingCode));
      await this.simplybook.cancelBooking(simplybookId);
    } catch (error) {
      if (!(error instanceof SimplybookUnavailable || error instanceof SimplybookBookingNotFound))
        throw error;
      // Cancelled meanwhile (Simplybook's notification, or a twin request): that is what the user asked for.
      const current = await this.owned(input);
      if (current.isCancelled) return current;
      throw error;
    }
    return this.uow.run(async () => {
      const locked = await this.sessions.findByIdForUpdate(input.bookingId);
      if (!locked) throw new BookingNotFound();
      const ports = { sessions: this.sessions, credits: this.credits, profiles: this.profiles };
      await cancelAndCredit(locked, this.clock.now(), ports, simplybookId);
      return locked;
    });
  }

  /** Another user's booking is as unknown as a missing one. */
  private async owned(input: CancelTherapyBookingInput): Promise<TherapySession> {
    const booking = await this.sessions.findById(input.bookingId);
    if (!booking || booking.userId !== input.userId) throw new BookingNotFound();
    return booking;
  }
}
