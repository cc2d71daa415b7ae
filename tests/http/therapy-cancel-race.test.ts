import { describe, expect, it } from 'vitest';
import { accessState } from '../builders/therapy-delivery.builder.js';
import { bearer } from '../support/fixtures.js';
import { json } from '../support/test-app.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { book, cancelledDelivery, therapyClient, useSimplybookApp } from '../support/simplybook-app.js';

const NAME = TEST_DATABASE_URL
  ? 'therapy cancellation racing Simplybook notifications on PostgreSQL'
  : `therapy cancellation racing Simplybook notifications on PostgreSQL (${SKIP_WITHOUT_POSTGRES})`;
const BOOKINGS = 6;

/**
 * SPEC 12.2 step 5 and section 9: the user's cancel and Simplybook's CANCELLED_BOOKING delivery
 * both lock the booking row, so however they interleave a booking is credited exactly once.
 */
describe.skipIf(!TEST_DATABASE_URL)(NAME, () => {
  const { t, simplybook } = useSimplybookApp({ kind: 'postgres' });

  it('credits each booking once when two cancels and two notifications race for it', async () => {
    const me = await therapyClient(t, 'therapy-cancel-race@example.org', BOOKINGS);
    const ids: string[] = [];
    for (let i = 0; i < BOOKINGS; i += 1)
      ids.push(await book(t, simplybook, { email: me.email, code: `SB-R${i}`, simplybookId: 100 + i }));
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({
      remaining: 0,
      redeemed: BOOKINGS,
    });

    const patch = (id: string) =>
      t.app.request(`/api/v1/therapy-session/${id}/cancel`, { method: 'PATCH', headers: bearer(me.token) });
    const outcome = async (kind: 'cancel' | 'webhook', request: Response | Promise<Response>) => {
      const res = await request;
      return { kind, status: res.status, body: await json(res) };
    };
    const results = await Promise.all(
      ids.flatMap((id, i) => [
        outcome('cancel', patch(id)),
        outcome('webhook', cancelledDelivery(t, me.email, `SB-R${i}`)),
        outcome('cancel', patch(id)),
        outcome('webhook', cancelledDelivery(t, me.email, `SB-R${i}`)),
      ]),
    );

    for (const result of results) {
      expect(result.status, JSON.stringify(result)).toBe(result.kind === 'cancel' ? 200 : 201);
      expect(result.body.cancelledAt).toEqual(expect.any(String));
    }
    // Never negative, never over the grant, and redeemed equals the live bookings.
    expect(await accessState(t.database.orm, me.accessId)).toEqual({
      remaining: BOOKINGS,
      redeemed: 0,
      activeBookings: 0,
      bookings: BOOKINGS,
    });
    const list = await json(await t.app.request('/api/v1/therapy-session', { headers: bearer(me.token) }));
    expect(list.every((b: { action: string }) => b.action === 'CANCELLED_BOOKING')).toBe(true);
  });
});
