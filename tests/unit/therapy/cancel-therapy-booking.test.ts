import { beforeEach, describe, expect, it } from 'vitest';
import type { TherapySessionId } from '../../../src/domain/shared/ids.js';
import {
  BookingCompleted,
  BookingInPast,
  BookingNotFound,
  SimplybookNotConfigured,
  SimplybookUnavailable,
} from '../../../src/domain/therapy/therapy-errors.js';
import { TherapySession } from '../../../src/domain/therapy/therapy-session.js';
import { aTherapyCredit, OTHER_USER, START, USER } from '../../builders/therapy.builder.js';
import { therapyCancelWorld } from '../../builders/therapy-cancel.builder.js';
import { NOW } from '../../builders/therapy-use-case.builder.js';

describe('CancelTherapyBooking', () => {
  let world: ReturnType<typeof therapyCancelWorld>;
  let booking: TherapySession;
  const cancel = (bookingId: string = booking.id, userId = USER) =>
    world.cancel.execute({ userId, bookingId: bookingId as TherapySessionId });
  const stored = async () => world.sessions.findById(booking.id);

  beforeEach(async () => {
    world = therapyCancelWorld();
    booking = await world.delivery('NEW_BOOKING'); // counters now 1 remaining, 2 redeemed
    world.profiles.queued.clear();
  });

  it('cancels in Simplybook first, then credits the access and records the cancellation', async () => {
    const cancelled = await cancel();
    expect(world.simplybook.calls).toEqual(['find SB-0001', 'cancel 4242']);
    expect(cancelled).toMatchObject({
      id: booking.id,
      action: 'CANCELLED_BOOKING',
      cancelledAt: NOW,
      simplybookBookingId: 4242,
    });
    expect(await stored()).toMatchObject({ cancelledAt: NOW, simplybookBookingId: 4242 });
    expect(world.counters()).toEqual([2, 1]);
    expect([...world.profiles.queued]).toEqual([USER]);
  });

  it('answers an already cancelled booking as it is, calling nobody and crediting nothing', async () => {
    await cancel();
    world.simplybook.calls.length = 0;
    world.profiles.queued.clear();
    const again = await cancel();
    expect(again.cancelledAt).toEqual(NOW);
    expect(world.simplybook.calls).toEqual([]);
    expect(world.counters()).toEqual([2, 1]);
    expect(world.profiles.queued.size).toBe(0);
  });

  it("answers 404 BOOKING_NOT_FOUND for another user's booking or an unknown id, calling nobody", async () => {
    await expect(cancel(booking.id, OTHER_USER)).rejects.toBeInstanceOf(BookingNotFound);
    await expect(cancel('c1000000-0000-4000-8000-0000000000ff')).rejects.toBeInstanceOf(BookingNotFound);
    expect(world.simplybook.calls).toEqual([]);
    expect(world.counters()).toEqual([1, 2]);
  });

  it('refuses a completed booking and one that has begun (409), calling nobody', async () => {
    await world.delivery('COMPLETED_BOOKING');
    await expect(cancel()).rejects.toBeInstanceOf(BookingCompleted);

    world.credits.put(aTherapyCredit({ remaining: 5 }));
    const started = await world.delivery('NEW_BOOKING', { bookingCode: 'SB-NOW', startDateTime: NOW });
    await expect(cancel(started.id)).rejects.toBeInstanceOf(BookingInPast);
    const past = await world.delivery('NEW_BOOKING', {
      bookingCode: 'SB-PAST',
      startDateTime: new Date(NOW.getTime() - 60_000),
      endDateTime: new Date(NOW.getTime() + 60_000),
    });
    await expect(cancel(past.id)).rejects.toBeInstanceOf(BookingInPast);
    expect(world.simplybook.calls).toEqual([]);
  });

  it('changes nothing when Simplybook fails, and passes its error on', async () => {
    world.simplybook.failWith = new SimplybookUnavailable();
    await expect(cancel()).rejects.toBeInstanceOf(SimplybookUnavailable);
    expect(await stored()).toMatchObject({
      cancelledAt: null,
      action: 'NEW_BOOKING',
      simplybookBookingId: null,
    });
    expect(world.counters()).toEqual([1, 2]);
    expect(world.profiles.queued.size).toBe(0);

    world.simplybook.failWith = new SimplybookNotConfigured();
    await expect(cancel()).rejects.toBeInstanceOf(SimplybookNotConfigured);
  });

  it('answers 200 when Simplybook fails but the booking was cancelled meanwhile, crediting once', async () => {
    world.simplybook.failWith = new SimplybookUnavailable();
    world.simplybook.during = () => world.delivery('CANCELLED_BOOKING');
    const answer = await cancel();
    expect(answer.cancelledAt).toEqual(NOW);
    expect(world.counters()).toEqual([2, 1]);
  });

  it("credits once when Simplybook's own cancellation arrives between the call and the credit", async () => {
    world.simplybook.during = () => world.delivery('CANCELLED_BOOKING');
    const answer = await cancel();
    expect(answer.cancelledAt).toEqual(NOW);
    expect(world.counters()).toEqual([2, 1]);
    expect((await stored())?.simplybookBookingId).toBeNull();
  });

  it('skips the lookup when Simplybook’s id is already known', async () => {
    const known = await stored();
    if (!known) throw new Error('no booking');
    await world.sessions.save(
      new TherapySession(
        known.id,
        known.userId,
        known.partnerAccessId,
        known.bookingCode,
        known.clientEmail,
        known.clientTimezone,
        known.serviceName,
        known.serviceProviderName,
        known.serviceProviderEmail,
        known.createdAt,
        known.updatedAt,
        known.action,
        START,
        known.endDateTime,
        null,
        null,
        null,
        77,
      ),
    );
    await cancel();
    expect(world.simplybook.calls).toEqual(['cancel 77']);
  });
});
