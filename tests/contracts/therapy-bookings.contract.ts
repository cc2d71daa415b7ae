import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TherapySessionId } from '../../src/domain/shared/ids.js';
import { ACCESS, aTherapySession, OTHER_USER, START, T0, USER } from '../builders/therapy.builder.js';
import type { Store } from '../support/stores.js';
import type { TherapyPorts } from './therapy-repositories.contract.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(START.getTime() + hours * HOUR);
const id = (n: number) => `c1000000-0000-4000-8000-00000000000${n}` as TherapySessionId;

/** What the user's own booking list and cancellation need of TherapySessionRepository (SPEC 12.2). */
export function therapyBookingsContract(name: string, open: () => Promise<Store<TherapyPorts>>) {
  describe(`${name} honours TherapySessionRepository for the user's own bookings`, () => {
    let store: Store<TherapyPorts>;
    const sessions = () => store.ports.sessions;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);
    const book = (n: number, start: Date, userId = USER) =>
      run(() =>
        sessions().add(
          aTherapySession({
            id: id(n),
            bookingCode: `SB-${n}`,
            userId,
            startDateTime: start,
            endDateTime: at(100),
          }),
        ),
      );

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(async () => {
      await store.reset();
      await store.ports.seed.user({ id: USER, email: 'client@example.org' });
      await store.ports.seed.user({ id: OTHER_USER, email: 'other@example.org' });
      await store.ports.seed.access({ accessId: ACCESS, userId: USER, remaining: 5 });
    });

    it("lists only the user's bookings, cancelled ones included, latest start first, then by id", async () => {
      await book(1, at(1));
      await book(3, at(5));
      await book(2, at(5));
      await book(4, at(3), OTHER_USER);
      const cancelled = await run(() => sessions().findByCode('SB-1'));
      cancelled?.cancel(T0, 11);
      if (cancelled) await run(() => sessions().save(cancelled));

      const mine = await run(() => sessions().forUser(USER));
      expect(mine.map((s) => [s.id, s.cancelledAt])).toEqual([
        [id(2), null],
        [id(3), null],
        [id(1), T0],
      ]);
      expect(await run(() => sessions().forUser(OTHER_USER))).toHaveLength(1);
    });

    it('finds a booking by id, locked or not, with Simplybook’s id once recorded', async () => {
      await book(1, at(1));
      const found = await run(() => sessions().findById(id(1)));
      expect(found).toMatchObject({
        id: id(1),
        userId: USER,
        bookingCode: 'SB-1',
        simplybookBookingId: null,
      });
      const locked = await run(async () => {
        const booking = await sessions().findByIdForUpdate(id(1));
        booking?.cancel(at(-10), 4242);
        if (booking) await sessions().save(booking);
        return booking;
      });
      expect(locked?.id).toBe(id(1));
      expect(await run(() => sessions().findById(id(1)))).toMatchObject({
        action: 'CANCELLED_BOOKING',
        cancelledAt: at(-10),
        simplybookBookingId: 4242,
      });
      expect(await run(() => sessions().findById(id(9)))).toBeNull();
      expect(await run(() => sessions().findByIdForUpdate(id(9)))).toBeNull();
    });
  });
}
