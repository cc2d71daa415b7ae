import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessState,
  aDelivery,
  countRows,
  therapyScene,
  ZAPIER_TOKEN,
  zapierRequest,
} from '../builders/therapy-delivery.builder.js';
import { insertPartnerAccess, insertUser } from '../support/fixtures.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const URL = '/api/webhooks/simplybook';
const EMAIL = 'simplybook-races-client@example.org';

const NAME = TEST_DATABASE_URL
  ? 'simplybook deliveries racing on PostgreSQL'
  : `simplybook deliveries racing on PostgreSQL (${SKIP_WITHOUT_POSTGRES})`;

describe.skipIf(!TEST_DATABASE_URL)(NAME, () => {
  let t: TestApplication;
  let scene: { userId: string; accessId: string };
  const post = (body: unknown) => t.app.request(URL, zapierRequest(body));
  const delivery = (overrides: Record<string, unknown> = {}) =>
    aDelivery({ client_email: EMAIL, ...overrides });
  const all = async (bodies: unknown[]) =>
    Promise.all(
      bodies.map(async (body) => {
        const res = await post(body);
        return { status: res.status, body: await json(res) };
      }),
    );

  /** SPEC 9: never negative, and redeemed equals the live bookings charged since minting (redeemed 0). */
  const expectInvariant = async (accessId: string, grant: number) => {
    const state = await accessState(t.database.orm, accessId);
    expect(state.remaining).toBeGreaterThanOrEqual(0);
    expect(state.redeemed).toBeGreaterThanOrEqual(0);
    expect(state.redeemed).toBe(state.activeBookings);
    expect(state.remaining + state.redeemed).toBe(grant);
    return state;
  };

  beforeAll(async () => {
    t = await createTestApplication({ kind: 'postgres', env: { ZAPIER_TOKEN } });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    scene = await therapyScene(t.database.orm, { email: EMAIL, remaining: 3, partner: 'Races Partner' });
  });

  it('books exactly 3 of 15 concurrent new bookings on 3 remaining sessions', async () => {
    const results = await all(
      Array.from({ length: 15 }, (_, i) => delivery({ booking_code: `SB-RACE-${i}` })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(12);
    for (const r of refused) expect(r).toMatchObject({ status: 403, body: { message: 'NO_THERAPY_ACCESS' } });
    expect(await expectInvariant(scene.accessId, 3)).toEqual({
      remaining: 0,
      redeemed: 3,
      activeBookings: 3,
      bookings: 3,
    });
  });

  it('records 10 concurrent identical deliveries as one booking and one debit', async () => {
    const results = await all(Array.from({ length: 10 }, () => delivery()));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await expectInvariant(scene.accessId, 3)).toMatchObject({
      remaining: 2,
      redeemed: 1,
      bookings: 1,
    });
  });

  it('lets one of two users win a new code raced between them, debiting only the winner', async () => {
    const other = await insertUser(t.database.orm, { email: 'simplybook-races-other@example.org' });
    const partnerId = (await t.database.orm.em.getConnection().execute(`select id from partner limit 1`))[0]
      .id;
    const otherAccess = await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      user_id: other,
      feature_therapy: true,
      therapy_sessions_remaining: 3,
    });
    const results = await all(
      Array.from({ length: 10 }, (_, i) =>
        delivery({ user_id: i % 2 ? other : scene.userId, booking_code: 'SB-SHARED' }),
      ),
    );
    const winners = results.filter((r) => r.status === 201);
    const winner = winners[0]?.body.userId;
    for (const r of results) {
      if (r.status === 201) expect(r.body.userId).toBe(winner);
      else expect(r).toMatchObject({ status: 409, body: { message: 'BOOKING_USER_MISMATCH' } });
    }
    expect(await countRows(t.database.orm, 'therapy_session')).toBe(1);
    const mine = await expectInvariant(scene.accessId, 3);
    const theirs = await expectInvariant(otherAccess, 3);
    expect(mine.redeemed + theirs.redeemed).toBe(1);
  });

  it('credits a booking cancelled 10 times concurrently once', async () => {
    await post(delivery());
    const results = await all(Array.from({ length: 10 }, () => delivery({ action: 'CANCELLED_BOOKING' })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.cancelledAt)).size).toBe(1);
    expect(await expectInvariant(scene.accessId, 3)).toEqual({
      remaining: 3,
      redeemed: 0,
      activeBookings: 0,
      bookings: 1,
    });
  });

  it('ends concurrent cancel and reschedule of a booking in a consistent state', async () => {
    const codes = ['SB-MIX-1', 'SB-MIX-2', 'SB-MIX-3'];
    for (const code of codes) expect((await post(delivery({ booking_code: code }))).status).toBe(201);
    const moved = { start_date_time: '2026-03-01T09:00:00Z', end_date_time: '2026-03-01T10:00:00Z' };
    const bodies = codes.flatMap((code) => [
      delivery({ booking_code: code, action: 'UPDATED_BOOKING', ...moved }),
      delivery({ booking_code: code, action: 'CANCELLED_BOOKING' }),
      delivery({ booking_code: code, action: 'UPDATED_BOOKING', ...moved }),
      delivery({ booking_code: code, action: 'CANCELLED_BOOKING' }),
    ]);
    const results = await all(bodies);
    const rows: {
      booking_code: string;
      cancelled_at: Date | null;
      start_date_time: Date;
      rescheduled_from: Date | null;
    }[] = await t.database.orm.em
      .getConnection()
      .execute(`select * from therapy_session order by booking_code`);
    for (const [index, code] of codes.entries()) {
      const mine = results.slice(index * 4, index * 4 + 4);
      const updates = mine.filter((_, i) => i % 2 === 0);
      for (const r of mine) expect([201, 409]).toContain(r.status);
      for (const r of updates.filter((u) => u.status === 409))
        expect(r.body.message).toBe('BOOKING_CANCELLED');
      const row = rows.find((r) => r.booking_code === code);
      expect(row?.cancelled_at).not.toBeNull();
      const rescheduled = updates.some((u) => u.status === 201);
      expect(new Date(row?.start_date_time ?? 0).toISOString()).toBe(
        rescheduled ? '2026-03-01T09:00:00.000Z' : '2026-02-01T09:00:00.000Z',
      );
      expect(row?.rescheduled_from === null).toBe(!rescheduled);
    }
    expect(await expectInvariant(scene.accessId, 3)).toEqual({
      remaining: 3,
      redeemed: 0,
      activeBookings: 0,
      bookings: 3,
    });
  });
});
