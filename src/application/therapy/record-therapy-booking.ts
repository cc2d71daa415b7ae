import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { TherapySessionId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { BookingAction } from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { TherapyClients } from '../../domain/therapy/therapy-clients.js';
import { accessToCharge } from '../../domain/therapy/therapy-credit.js';
import type { TherapyCredits } from '../../domain/therapy/therapy-credits.js';
import {
  BookingNotFound,
  BookingUserMismatch,
  BookingUserNotFound,
  NoTherapyAccess,
} from '../../domain/therapy/therapy-errors.js';
import { TherapySession, type BookingDetails } from '../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';
import { cancelAndCredit } from './credit-cancelled-booking.js';

export interface TherapyBookingInput extends BookingDetails {
  action: BookingAction;
  /** The Bloom user id Zapier passed, if any. */
  userId: UserId | null;
}

/**
 * SPEC section 9: one Simplybook delivery, in one transaction. Locks are always taken in the
 * same order (the booking row, then the accesses), and a NEW_BOOKING never locks a booking while
 * it holds accesses, so no interleaving of deliveries can deadlock.
 */
export class RecordTherapyBooking {
  constructor(
    private readonly sessions: TherapySessionRepository,
    private readonly credits: TherapyCredits,
    private readonly clients: TherapyClients,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: TherapyBookingInput): Promise<TherapySession> {
    return this.uow.run(async () => {
      const booking = await this.sessions.findByCodeForUpdate(input.bookingCode);
      if (booking) checkUser(booking, input);
      if (input.action === 'NEW_BOOKING') return booking ?? (await this.book(input));
      if (!booking) throw new BookingNotFound();
      const now = this.clock.now();
      if (input.action === 'CANCELLED_BOOKING') return this.cancel(booking, now);
      const changed =
        input.action === 'UPDATED_BOOKING'
          ? booking.reschedule(input.startDateTime, input.endDateTime, now)
          : booking.complete(now);
      if (changed) await this.saved(booking);
      return booking;
    });
  }

  private async book(input: TherapyBookingInput): Promise<TherapySession> {
    const userId = await this.resolveUser(input);
    const credits = await this.credits.forUserForUpdate(userId);
    // A delivery of the same code may have committed while this one waited for the locks.
    const raced = await this.sessions.findByCode(input.bookingCode);
    if (raced) return checkUser(raced, input);
    const credit = accessToCharge(credits);
    if (!credit) throw new NoTherapyAccess();
    const id = this.ids.uuid() as TherapySessionId;
    const session = TherapySession.book(id, userId, credit.accessId, input, this.clock.now());
    if (!(await this.sessions.add(session))) {
      // Another user's delivery of this code won the insert: answer with that booking, debit nothing.
      const winner = await this.sessions.findByCode(input.bookingCode);
      if (!winner) throw new BookingNotFound();
      return checkUser(winner, input);
    }
    credit.redeem();
    await this.credits.save(credit);
    await this.profiles.enqueue(userId);
    return session;
  }

  private async cancel(booking: TherapySession, now: Date): Promise<TherapySession> {
    await cancelAndCredit(booking, now, {
      sessions: this.sessions,
      credits: this.credits,
      profiles: this.profiles,
    });
    return booking;
  }

  private async saved(booking: TherapySession): Promise<void> {
    await this.sessions.save(booking);
    await this.profiles.enqueue(booking.userId);
  }

  private async resolveUser(input: TherapyBookingInput): Promise<UserId> {
    const userId = input.userId
      ? await this.clients.findActiveById(input.userId)
      : await this.clients.findActiveByEmail(input.clientEmail);
    if (!userId) throw new BookingUserNotFound();
    return userId;
  }
}

function checkUser(booking: TherapySession, input: TherapyBookingInput): TherapySession {
  if (input.userId && input.userId !== booking.userId) throw new BookingUserMismatch();
  return booking;
}
