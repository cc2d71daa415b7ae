import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { InMemoryTherapyClients } from '../../../src/adapters/persistence/in-memory/in-memory-therapy-clients.js';
import { RecordTherapyBooking } from '../../../src/application/therapy/record-therapy-booking.js';
import {
  BookingCancelled,
  BookingNotFound,
  BookingUserMismatch,
} from '../../../src/domain/therapy/therapy-errors.js';
import { bookingDetails, END, OTHER_USER, START, USER } from '../../builders/therapy.builder.js';
import { NOW, therapyBookingWorld } from '../../builders/therapy-use-case.builder.js';

const NEW_START = new Date('2026-02-03T09:00:00.000Z');
const NEW_END = new Date('2026-02-03T10:00:00.000Z');

describe('RecordTherapyBooking: changes to a booking', () => {
  let world: ReturnType<typeof therapyBookingWorld>;
  let sessions: typeof world.sessions;
  let credits: typeof world.credits;
  let profiles: typeof world.profiles;
  let delivery: typeof world.delivery;
  let counters: typeof world.counters;

  beforeEach(() => {
    world = therapyBookingWorld();
    ({ sessions, credits, profiles, delivery, counters } = world);
  });

  describe('CANCELLED_BOOKING', () => {
    it('credits the access it was charged to and sets cancelledAt, once', async () => {
      await delivery('NEW_BOOKING');
      profiles.queued.clear();
      const cancelled = await delivery('CANCELLED_BOOKING');
      expect(cancelled).toMatchObject({ action: 'CANCELLED_BOOKING', cancelledAt: NOW, updatedAt: NOW });
      expect(counters()).toEqual([2, 1]);
      expect([...profiles.queued]).toEqual([USER]);

      profiles.queued.clear();
      const again = await delivery('CANCELLED_BOOKING');
      expect(again.cancelledAt).toEqual(NOW);
      expect(counters()).toEqual([2, 1]);
      expect(profiles.queued.size).toBe(0);
    });

    it('answers BOOKING_NOT_FOUND for an unknown booking', async () => {
      await expect(delivery('CANCELLED_BOOKING')).rejects.toBeInstanceOf(BookingNotFound);
    });

    it('checks the user first: a disagreeing user_id is BOOKING_USER_MISMATCH and credits nothing', async () => {
      await delivery('NEW_BOOKING');
      await expect(delivery('CANCELLED_BOOKING', { userId: OTHER_USER })).rejects.toBeInstanceOf(
        BookingUserMismatch,
      );
      expect(counters()).toEqual([1, 2]);
    });

    it('still resolves to a user deleted since the booking, so the credit comes back', async () => {
      await delivery('NEW_BOOKING');
      // Deletion randomises the email and deactivates the user: nobody is found any more.
      const afterDeletion = new RecordTherapyBooking(
        sessions,
        credits,
        new InMemoryTherapyClients(),
        profiles,
        new InMemoryUnitOfWork(),
        { now: () => NOW },
        { uuid: () => 'unused' },
      );
      const cancelled = await afterDeletion.execute({
        ...bookingDetails({ clientEmail: 'randomised@example.org' }),
        action: 'CANCELLED_BOOKING',
        userId: null,
      });
      expect(cancelled).toMatchObject({ userId: USER, cancelledAt: NOW });
      expect(counters()).toEqual([2, 1]);
    });
  });

  describe('UPDATED_BOOKING', () => {
    it('moves the booking and remembers the old start', async () => {
      await delivery('NEW_BOOKING');
      const updated = await delivery('UPDATED_BOOKING', { startDateTime: NEW_START, endDateTime: NEW_END });
      expect(updated).toMatchObject({
        action: 'UPDATED_BOOKING',
        rescheduledFrom: START,
        startDateTime: NEW_START,
        endDateTime: NEW_END,
      });
      expect(counters()).toEqual([1, 2]);
    });

    it('answers BOOKING_NOT_FOUND for an unknown booking and BOOKING_CANCELLED for a cancelled one', async () => {
      await expect(delivery('UPDATED_BOOKING')).rejects.toBeInstanceOf(BookingNotFound);
      await delivery('NEW_BOOKING');
      await delivery('CANCELLED_BOOKING');
      await expect(
        delivery('UPDATED_BOOKING', { startDateTime: NEW_START, endDateTime: NEW_END }),
      ).rejects.toBeInstanceOf(BookingCancelled);
      const [stored] = sessions.all();
      expect(stored).toMatchObject({
        action: 'CANCELLED_BOOKING',
        startDateTime: START,
        rescheduledFrom: null,
      });
    });

    it('refuses a disagreeing user_id', async () => {
      await delivery('NEW_BOOKING');
      await expect(delivery('UPDATED_BOOKING', { userId: OTHER_USER })).rejects.toBeInstanceOf(
        BookingUserMismatch,
      );
    });
  });

  describe('COMPLETED_BOOKING', () => {
    it('sets completedAt to the end time and the action', async () => {
      await delivery('NEW_BOOKING');
      profiles.queued.clear();
      const completed = await delivery('COMPLETED_BOOKING');
      expect(completed).toMatchObject({ action: 'COMPLETED_BOOKING', completedAt: END });
      expect([...profiles.queued]).toEqual([USER]);
      expect(counters()).toEqual([1, 2]);
    });

    it('answers BOOKING_NOT_FOUND for an unknown booking and BOOKING_CANCELLED for a cancelled one', async () => {
      await expect(delivery('COMPLETED_BOOKING')).rejects.toBeInstanceOf(BookingNotFound);
      await delivery('NEW_BOOKING');
      await delivery('CANCELLED_BOOKING');
      await expect(delivery('COMPLETED_BOOKING')).rejects.toBeInstanceOf(BookingCancelled);
    });

    it('refuses a disagreeing user_id', async () => {
      await delivery('NEW_BOOKING');
      await expect(delivery('COMPLETED_BOOKING', { userId: OTHER_USER })).rejects.toBeInstanceOf(
        BookingUserMismatch,
      );
    });
  });
});
