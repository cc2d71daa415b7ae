import { beforeEach, describe, expect, it } from 'vitest';
import type { PartnerAccessId, UserId } from '../../../src/domain/shared/ids.js';
import {
  BookingUserMismatch,
  BookingUserNotFound,
  NoTherapyAccess,
} from '../../../src/domain/therapy/therapy-errors.js';
import {
  ACCESS,
  aTherapyCredit,
  END,
  LATER_ACCESS,
  OTHER_USER,
  START,
  T0,
  USER,
} from '../../builders/therapy.builder.js';
import { NOW, therapyBookingWorld } from '../../builders/therapy-use-case.builder.js';

describe('RecordTherapyBooking: NEW_BOOKING', () => {
  let world: ReturnType<typeof therapyBookingWorld>;
  let sessions: typeof world.sessions;
  let credits: typeof world.credits;
  let clients: typeof world.clients;
  let profiles: typeof world.profiles;
  let delivery: typeof world.delivery;
  let counters: typeof world.counters;

  beforeEach(() => {
    world = therapyBookingWorld();
    ({ sessions, credits, clients, profiles, delivery, counters } = world);
  });

  describe('NEW_BOOKING', () => {
    it('finds the user by email (case-insensitively), debits the access and records the booking', async () => {
      const session = await delivery('NEW_BOOKING');
      expect(session).toMatchObject({
        userId: USER,
        partnerAccessId: ACCESS,
        action: 'NEW_BOOKING',
        bookingCode: 'SB-0001',
        startDateTime: START,
        endDateTime: END,
        createdAt: NOW,
      });
      expect(counters()).toEqual([1, 2]);
      expect(sessions.all()).toHaveLength(1);
      expect([...profiles.queued]).toEqual([USER]);
    });

    it('uses user_id when given, whatever the email', async () => {
      credits.put(aTherapyCredit({ accessId: LATER_ACCESS, userId: OTHER_USER }));
      const session = await delivery('NEW_BOOKING', { userId: OTHER_USER });
      expect(session).toMatchObject({ userId: OTHER_USER, partnerAccessId: LATER_ACCESS });
    });

    it('answers the existing booking for a code seen before, debiting nothing again', async () => {
      const first = await delivery('NEW_BOOKING');
      profiles.queued.clear();
      const again = await delivery('NEW_BOOKING', { serviceName: 'Changed' });
      expect(again).toMatchObject({ id: first.id, serviceName: 'Therapy session' });
      expect(counters()).toEqual([1, 2]);
      expect(profiles.queued.size).toBe(0);
    });

    it('charges the oldest eligible access, skipping spent, inactive and non-therapy ones', async () => {
      credits.put(aTherapyCredit({ remaining: 0, redeemed: 3 }));
      credits.put(
        aTherapyCredit({
          accessId: 'b1000000-0000-4000-8000-000000000003' as PartnerAccessId,
          active: false,
        }),
      );
      credits.put(
        aTherapyCredit({
          accessId: 'b1000000-0000-4000-8000-000000000004' as PartnerAccessId,
          featureTherapy: false,
        }),
      );
      credits.put(aTherapyCredit({ accessId: LATER_ACCESS, createdAt: new Date(T0.getTime() + 1) }));
      const session = await delivery('NEW_BOOKING');
      expect(session.partnerAccessId).toBe(LATER_ACCESS);
      expect(counters(LATER_ACCESS)).toEqual([2, 1]);
      expect(counters(ACCESS)).toEqual([0, 3]);
    });

    it('refuses with NO_THERAPY_ACCESS when nothing is eligible, writing nothing', async () => {
      credits.put(aTherapyCredit({ remaining: 0, redeemed: 3 }));
      await expect(delivery('NEW_BOOKING')).rejects.toBeInstanceOf(NoTherapyAccess);
      expect(sessions.all()).toHaveLength(0);
      expect(profiles.queued.size).toBe(0);
    });

    it('refuses an unknown user_id, an unknown email and a deactivated user with USER_NOT_FOUND', async () => {
      const unknown = 'a1000000-0000-4000-8000-00000000ffff' as UserId;
      await expect(delivery('NEW_BOOKING', { userId: unknown })).rejects.toBeInstanceOf(BookingUserNotFound);
      await expect(delivery('NEW_BOOKING', { clientEmail: 'nobody@example.org' })).rejects.toBeInstanceOf(
        BookingUserNotFound,
      );
      clients.put({ id: unknown, email: 'gone@example.org', isActive: false });
      await expect(delivery('NEW_BOOKING', { userId: unknown })).rejects.toBeInstanceOf(BookingUserNotFound);
      expect(sessions.all()).toHaveLength(0);
      expect(counters()).toEqual([2, 1]);
    });

    it('refuses a user_id that disagrees with the existing booking', async () => {
      await delivery('NEW_BOOKING');
      await expect(delivery('NEW_BOOKING', { userId: OTHER_USER })).rejects.toBeInstanceOf(
        BookingUserMismatch,
      );
    });
  });
});
