import { describe, expect, it } from 'vitest';
import { BookingCancelled, InvalidBookingPeriod } from '../../../src/domain/therapy/therapy-errors.js';
import { aTherapySession, END, START, T0 } from '../../builders/therapy.builder.js';

const LATER = new Date(T0.getTime() + 60_000);
const NEW_START = new Date('2026-02-02T09:00:00.000Z');
const NEW_END = new Date('2026-02-02T10:00:00.000Z');

describe('TherapySession', () => {
  it('is booked as a NEW_BOOKING with nothing cancelled, rescheduled or completed', () => {
    const session = aTherapySession();
    expect(session).toMatchObject({
      action: 'NEW_BOOKING',
      startDateTime: START,
      endDateTime: END,
      cancelledAt: null,
      rescheduledFrom: null,
      completedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('refuses an end that is not after the start', () => {
    expect(() => aTherapySession({ endDateTime: START })).toThrow(InvalidBookingPeriod);
    expect(() => aTherapySession().reschedule(NEW_END, NEW_START, LATER)).toThrow(InvalidBookingPeriod);
  });

  it('is cancelled once: a second cancel changes nothing', () => {
    const session = aTherapySession();
    expect(session.cancel(LATER)).toBe(true);
    expect(session.cancel(new Date(LATER.getTime() + 1))).toBe(false);
    expect(session).toMatchObject({ action: 'CANCELLED_BOOKING', cancelledAt: LATER, updatedAt: LATER });
  });

  it('is rescheduled from its old start; a replay keeps the real old start', () => {
    const session = aTherapySession();
    expect(session.reschedule(NEW_START, NEW_END, LATER)).toBe(true);
    expect(session.reschedule(NEW_START, NEW_END, LATER)).toBe(false);
    expect(session).toMatchObject({
      action: 'UPDATED_BOOKING',
      rescheduledFrom: START,
      startDateTime: NEW_START,
      endDateTime: NEW_END,
    });
  });

  it('is completed at its end time', () => {
    const session = aTherapySession();
    expect(session.complete(LATER)).toBe(true);
    expect(session.complete(LATER)).toBe(false);
    expect(session).toMatchObject({ action: 'COMPLETED_BOOKING', completedAt: END });
  });

  it('refuses to reschedule or complete a cancelled booking, and is never revived', () => {
    const session = aTherapySession();
    session.cancel(LATER);
    expect(() => session.reschedule(NEW_START, NEW_END, LATER)).toThrow(BookingCancelled);
    expect(() => session.complete(LATER)).toThrow(BookingCancelled);
    expect(session).toMatchObject({ action: 'CANCELLED_BOOKING', startDateTime: START, completedAt: null });
  });
});
