import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { TherapyCredits } from '../../domain/therapy/therapy-credits.js';
import { TherapyCreditsInconsistent } from '../../domain/therapy/therapy-errors.js';
import type { TherapySession } from '../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';

export interface CancellationPorts {
  sessions: TherapySessionRepository;
  credits: TherapyCredits;
  profiles: ProfileSyncQueue;
}

/**
 * SPEC 9's CANCELLED_BOOKING rule, shared by the webhook and the user's own cancellation
 * (SPEC 12.2): a booking still uncancelled is cancelled and its session goes back to the access
 * it was charged to. Runs inside a unit of work, on a booking row the caller has locked, so of
 * two cancellations racing for one booking exactly one credits. False when it was cancelled already.
 */
export async function cancelAndCredit(
  booking: TherapySession,
  now: Date,
  ports: CancellationPorts,
  simplybookBookingId: number | null = null,
): Promise<boolean> {
  if (!booking.cancel(now, simplybookBookingId)) return false;
  const credit = await ports.credits.findByIdForUpdate(booking.partnerAccessId);
  if (!credit) throw new TherapyCreditsInconsistent();
  credit.refund();
  await ports.credits.save(credit);
  await ports.sessions.save(booking);
  await ports.profiles.enqueue(booking.userId);
  return true;
}
