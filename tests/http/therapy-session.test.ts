import { describe, expect, it } from 'vitest';
import { accessState } from '../builders/therapy-delivery.builder.js';
import { bearer, insertRow } from '../support/fixtures.js';
import { createTestApplication, json } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';
import {
  book,
  cancelledDelivery,
  hoursFromNow,
  therapyClient,
  useSimplybookApp,
} from '../support/simplybook-app.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const email = (name: string) => `therapy-session-${name}@example.org`;
const URL = '/api/v1/therapy-session';

describe(`/api/v1/therapy-session on ${kind}`, () => {
  const { t, simplybook } = useSimplybookApp({ kind });
  const cancel = (id: string, token: string) =>
    t.app.request(`${URL}/${id}/cancel`, { method: 'PATCH', headers: bearer(token) });
  const row = async (id: string) =>
    (await t.database.orm.em.getConnection().execute(`select * from therapy_session where id = ?`, [id]))[0];

  it("lists the caller's bookings, cancelled ones included, latest start first, without private fields", async () => {
    const me = await therapyClient(t, email('list'));
    const other = await therapyClient(t, email('list-other'));
    const soon = await book(t, simplybook, {
      email: me.email,
      code: 'SB-L1',
      simplybookId: 1,
      startInHours: 24,
    });
    const later = await book(t, simplybook, {
      email: me.email,
      code: 'SB-L2',
      simplybookId: 2,
      startInHours: 96,
    });
    await book(t, simplybook, { email: other.email, code: 'SB-L3', simplybookId: 3 });
    expect((await cancelledDelivery(t, me.email, 'SB-L1')).status).toBe(201);

    const res = await t.app.request(URL, { headers: bearer(me.token) });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.map((b: { id: string }) => b.id)).toEqual([later, soon]);
    expect(Object.keys(body[1]).sort()).toEqual(
      [
        'action',
        'cancelledAt',
        'clientTimezone',
        'completedAt',
        'createdAt',
        'endDateTime',
        'id',
        'partnerAccessId',
        'rescheduledFrom',
        'serviceName',
        'serviceProviderName',
        'startDateTime',
        'updatedAt',
      ].sort(),
    );
    expect(body[1]).toMatchObject({
      action: 'CANCELLED_BOOKING',
      cancelledAt: expect.any(String),
      partnerAccessId: me.accessId,
      serviceName: 'Therapy session',
    });
    expect((await t.app.request(URL)).status).toBe(401);
  });

  it('cancels in Simplybook, credits the access once and answers the booking; repeats change nothing', async () => {
    const me = await therapyClient(t, email('cancel'));
    const id = await book(t, simplybook, { email: me.email, code: 'SB-C1', simplybookId: 501 });
    simplybook.putBooking({ id: 502, code: 'SB-C10', client: me.email }); // a loose search hit
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({ remaining: 2, redeemed: 1 });

    const res = await cancel(id, me.token);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ id, action: 'CANCELLED_BOOKING', cancelledAt: expect.any(String) });
    expect(body).not.toHaveProperty('simplybookBookingId');
    expect(simplybook.cancelled).toEqual([501]);
    expect(await row(id)).toMatchObject({ simplybook_booking_id: 501, action: 'CANCELLED_BOOKING' });
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({ remaining: 3, redeemed: 0 });
    const jobs = await t.database.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from profile_sync_job where user_id = ?`, [me.userId]);
    expect(jobs[0].n).toBe(1);

    const again = await cancel(id, me.token);
    expect(again.status).toBe(200);
    expect((await json(again)).cancelledAt).toBe(body.cancelledAt);
    // Simplybook's own notification of the same cancellation arrives later: nothing changes.
    expect((await cancelledDelivery(t, me.email, 'SB-C1')).status).toBe(201);
    expect(simplybook.cancelled).toEqual([501]);
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({ remaining: 3, redeemed: 0 });
  });

  it('credits once when Simplybook notifies the cancellation while the cancel call is in flight', async () => {
    const me = await therapyClient(t, email('notified'));
    const id = await book(t, simplybook, { email: me.email, code: 'SB-N1', simplybookId: 601 });
    simplybook.beforeCancel = async () => cancelledDelivery(t, me.email, 'SB-N1');
    const res = await cancel(id, me.token);
    expect(res.status).toBe(200);
    expect((await json(res)).action).toBe('CANCELLED_BOOKING');
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({
      remaining: 3,
      redeemed: 0,
      activeBookings: 0,
    });
  });

  it("answers 404 BOOKING_NOT_FOUND for another user's booking or an unknown id, and 400 for a bad id", async () => {
    const me = await therapyClient(t, email('owner'));
    const intruder = await therapyClient(t, email('intruder'));
    const id = await book(t, simplybook, { email: me.email, code: 'SB-O1', simplybookId: 701 });
    for (const [target, token] of [
      [id, intruder.token],
      ['00000000-0000-4000-8000-000000000000', me.token],
    ] as const) {
      const res = await cancel(target, token);
      expect(res.status).toBe(404);
      expect((await json(res)).message).toBe('BOOKING_NOT_FOUND');
    }
    expect((await cancel('not-a-uuid', me.token)).status).toBe(400);
    expect(simplybook.requests).toEqual([]);
    expect(await row(id)).toMatchObject({ cancelled_at: null });
  });

  it('answers 409 for a completed booking and one that has begun, calling nobody', async () => {
    const me = await therapyClient(t, email('late'));
    const done = await book(t, simplybook, { email: me.email, code: 'SB-D1', simplybookId: 801 });
    await t.database.orm.em
      .getConnection()
      .execute(
        `update therapy_session set completed_at = end_date_time, action = 'COMPLETED_BOOKING' where id = ?`,
        [done],
      );
    const begun = await book(t, simplybook, {
      email: me.email,
      code: 'SB-D2',
      simplybookId: 802,
      startInHours: -0.5,
    });
    for (const [id, code] of [
      [done, 'BOOKING_COMPLETED'],
      [begun, 'BOOKING_IN_PAST'],
    ] as const) {
      const res = await cancel(id, me.token);
      expect(res.status).toBe(409);
      expect((await json(res)).message).toBe(code);
    }
    expect(simplybook.requests).toEqual([]);
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({ remaining: 1, redeemed: 2 });
  });

  it('answers 502 and changes nothing when Simplybook is down or has no such booking', async () => {
    const me = await therapyClient(t, email('down'));
    const id = await book(t, simplybook, { email: me.email, code: 'SB-X1', simplybookId: 901 });
    simplybook.failOn(/^DELETE /, 503);
    let res = await cancel(id, me.token);
    expect(res.status).toBe(502);
    expect((await json(res)).message).toBe('SIMPLYBOOK_UNAVAILABLE');

    simplybook.reset();
    res = await cancel(id, me.token);
    expect(res.status).toBe(502);
    expect((await json(res)).message).toBe('SIMPLYBOOK_BOOKING_NOT_FOUND');

    expect(await row(id)).toMatchObject({
      cancelled_at: null,
      action: 'NEW_BOOKING',
      simplybook_booking_id: null,
    });
    expect(await accessState(t.database.orm, me.accessId)).toMatchObject({ remaining: 2, redeemed: 1 });
  });
});

describe('PATCH /api/v1/therapy-session/:id/cancel without Simplybook credentials', () => {
  it('answers 503 SIMPLYBOOK_NOT_CONFIGURED and changes nothing', async () => {
    const t = await createTestApplication({ kind: 'pglite' });
    try {
      const me = await therapyClient(t, email('unconfigured'));
      const id = await insertRow(t.database.orm, 'therapy_session', {
        user_id: me.userId,
        partner_access_id: me.accessId,
        action: 'NEW_BOOKING',
        booking_code: 'SB-U1',
        client_email: me.email,
        service_name: 'Therapy',
        service_provider_name: 'Therapist',
        service_provider_email: 'therapist@example.org',
        start_date_time: hoursFromNow(24),
        end_date_time: hoursFromNow(25),
      });
      const res = await t.app.request(`${URL}/${id}/cancel`, { method: 'PATCH', headers: bearer(me.token) });
      expect(res.status).toBe(503);
      expect((await json(res)).message).toBe('SIMPLYBOOK_NOT_CONFIGURED');
      expect(await accessState(t.database.orm, me.accessId)).toMatchObject({
        remaining: 3,
        activeBookings: 1,
      });
    } finally {
      await t.close();
    }
  });
});
