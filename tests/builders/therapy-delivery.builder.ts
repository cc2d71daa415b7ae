import type { MikroORM } from '@mikro-orm/core';
import { insertPartner, insertPartnerAccess, insertUser } from '../support/fixtures.js';
import { jsonRequest } from '../support/test-app.js';

export const ZAPIER_TOKEN = 'zapier-test-token-0123456789';

/** A Simplybook delivery as Zapier forwards it, with fixed, valid defaults. */
export function aDelivery(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'NEW_BOOKING',
    client_email: 'client@example.org',
    client_timezone: 'Europe/London',
    booking_code: 'SB-0001',
    service_name: 'Therapy session',
    service_provider_name: 'Therapist One',
    service_provider_email: 'therapist@example.org',
    start_date_time: '2026-02-01T09:00:00+0000',
    end_date_time: '2026-02-01T10:00:00+0000',
    ...overrides,
  };
}

export function zapierRequest(body: unknown, authorization: string | null = `Basic ${ZAPIER_TOKEN}`) {
  return jsonRequest('POST', body, authorization === null ? {} : { authorization });
}

/** A user holding one therapy access (redeemed starts at 0, as when minted). */
export async function therapyScene(
  orm: MikroORM,
  scene: { email: string; remaining: number; partner: string },
): Promise<{ userId: string; accessId: string }> {
  const userId = await insertUser(orm, { email: scene.email });
  const partnerId = await insertPartner(orm, { name: scene.partner });
  const accessId = await insertPartnerAccess(orm, {
    partner_id: partnerId,
    user_id: userId,
    feature_therapy: true,
    therapy_sessions_remaining: scene.remaining,
    activated_at: new Date('2026-01-01T00:00:00.000Z'),
  });
  return { userId, accessId };
}

export interface AccessState {
  remaining: number;
  redeemed: number;
  /** Bookings charged to the access that are not cancelled. */
  activeBookings: number;
  bookings: number;
}

export async function accessState(orm: MikroORM, accessId: string): Promise<AccessState> {
  const rows: Record<string, string | number>[] = await orm.em.getConnection().execute(
    `select pa.therapy_sessions_remaining as remaining, pa.therapy_sessions_redeemed as redeemed,
            (select count(*) from therapy_session t where t.partner_access_id = pa.id and t.cancelled_at is null) as active_bookings,
            (select count(*) from therapy_session t where t.partner_access_id = pa.id) as bookings
       from partner_access pa where pa.id = ?`,
    [accessId],
  );
  const row = rows[0] ?? {};
  return {
    remaining: Number(row.remaining),
    redeemed: Number(row.redeemed),
    activeBookings: Number(row.active_bookings),
    bookings: Number(row.bookings),
  };
}

export async function countRows(orm: MikroORM, table: string): Promise<number> {
  const rows: { count: string | number }[] = await orm.em
    .getConnection()
    .execute(`select count(*) as count from ${table}`);
  return Number(rows[0]?.count);
}
