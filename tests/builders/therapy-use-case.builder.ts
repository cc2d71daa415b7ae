import { InMemoryProfileSyncQueue } from '../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryTherapyClients } from '../../src/adapters/persistence/in-memory/in-memory-therapy-clients.js';
import { InMemoryTherapyCredits } from '../../src/adapters/persistence/in-memory/in-memory-therapy-credits.js';
import { InMemoryTherapySessionRepository } from '../../src/adapters/persistence/in-memory/in-memory-therapy-session-repository.js';
import { InMemoryUnitOfWork } from '../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import {
  RecordTherapyBooking,
  type TherapyBookingInput,
} from '../../src/application/therapy/record-therapy-booking.js';
import type { BookingAction } from '../../src/domain/profile/profile-views.js';
import type { PartnerAccessId } from '../../src/domain/shared/ids.js';
import { ACCESS, aTherapyCredit, bookingDetails, OTHER_USER, USER } from './therapy.builder.js';

export const NOW = new Date('2026-01-20T12:00:00.000Z');

/**
 * RecordTherapyBooking over in-memory adapters with a fixed clock and counting ids: USER
 * (Client@Example.org) holds ACCESS with 2 remaining and 1 redeemed; OTHER_USER holds nothing.
 */
export function therapyBookingWorld() {
  const sessions = new InMemoryTherapySessionRepository();
  const credits = new InMemoryTherapyCredits();
  const clients = new InMemoryTherapyClients();
  const profiles = new InMemoryProfileSyncQueue();
  let next = 0;
  const ids = { uuid: () => `c1000000-0000-4000-8000-${String(++next).padStart(12, '0')}` };
  const useCase = new RecordTherapyBooking(
    sessions,
    credits,
    clients,
    profiles,
    new InMemoryUnitOfWork(),
    { now: () => NOW },
    ids,
  );
  clients.put({ id: USER, email: 'Client@Example.org', isActive: true });
  clients.put({ id: OTHER_USER, email: 'other@example.org', isActive: true });
  credits.put(aTherapyCredit({ remaining: 2, redeemed: 1 }));
  return {
    sessions,
    credits,
    clients,
    profiles,
    delivery: (action: BookingAction, overrides: Partial<TherapyBookingInput> = {}) =>
      useCase.execute({ ...bookingDetails(), action, userId: null, ...overrides }),
    counters: (access: PartnerAccessId = ACCESS) => {
      const credit = credits.get(access);
      return [credit?.remaining, credit?.redeemed];
    },
  };
}
