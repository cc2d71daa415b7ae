import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lookUpEmail, signIn } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const { host, projectId } = sharedFirebaseEmulator();
const email = (name: string) => `me-http-${name}@example.com`;
const HOUR = 60 * 60 * 1000;

describe(`the caller's own account (${kind})`, () => {
  let t: TestApplication;
  let me: SignedInUser;
  let n = 0;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const userRow = async (id = me.userId) => (await sql(`select * from "user" where id = ?`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    n += 1;
    me = await signedInUser(t.database.orm, email(`user${n}`), { name: 'Kim Example' });
  });

  describe('GET /me', () => {
    it('answers the whole profile: accesses with partner, features and sessions by start, admin role', async () => {
      const partnerId = await insertPartner(t.database.orm, { name: `Me Partner ${n}` });
      const [feature] = await sql<{ id: string }>(
        `select id from feature where name = 'AUTOMATIC_ACCESS_CODE'`,
      );
      const pfId = await sql(
        `insert into partner_feature (id, partner_id, feature_id, active) values (?, ?, ?, true) returning id`,
        [randomUUID(), partnerId, feature?.id],
      );
      const accessId = await insertPartnerAccess(t.database.orm, {
        partner_id: partnerId,
        user_id: me.userId,
        access_code: 'ME2345',
        feature_therapy: true,
        therapy_sessions_remaining: 4,
        therapy_sessions_redeemed: 2,
      });
      for (const [code, start] of [
        ['late', '2026-06-02T10:00:00Z'],
        ['early', '2026-06-01T10:00:00Z'],
      ] as const) {
        await sql(
          `insert into therapy_session (id, user_id, partner_access_id, action, booking_code, client_email,
             service_name, service_provider_name, service_provider_email, start_date_time, end_date_time)
           values (?, ?, ?, 'NEW_BOOKING', ?, ?, 'Therapy', 'Dr Who', 'dr@example.com', ?, ?)`,
          [
            randomUUID(),
            me.userId,
            accessId,
            `me-${code}-${n}`,
            me.email,
            start,
            new Date(new Date(start).getTime() + HOUR),
          ],
        );
      }
      const adminId = await insertPartnerAdmin(t.database.orm, { user_id: me.userId, partner_id: partnerId });

      const res = await t.app.request('/api/v1/user/me', { headers: bearer(me.token) });
      expect(res.status).toBe(200);
      const body = await json(res);
      const partner = {
        id: partnerId,
        name: `Me Partner ${n}`,
        isActive: true,
        partnerFeature: [
          {
            id: (pfId[0] as { id: string }).id,
            partnerId,
            featureId: feature?.id,
            active: true,
            feature: { id: feature?.id, name: 'AUTOMATIC_ACCESS_CODE' },
          },
        ],
      };
      expect(body.partnerAccesses).toEqual([
        {
          id: accessId,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          activatedAt: null,
          featureLiveChat: true,
          featureTherapy: true,
          accessCode: 'ME2345',
          active: true,
          therapySessionsRemaining: 4,
          therapySessionsRedeemed: 2,
          partner,
          therapySessions: [
            expect.objectContaining({
              startDateTime: '2026-06-01T10:00:00.000Z',
              action: 'NEW_BOOKING',
              cancelledAt: null,
            }),
            expect.objectContaining({
              startDateTime: '2026-06-02T10:00:00.000Z',
              endDateTime: '2026-06-02T11:00:00.000Z',
            }),
          ],
        },
      ]);
      expect(body.partnerAccesses[0].therapySessions[0]).not.toHaveProperty('clientEmail');
      expect(body.partnerAdmin).toEqual({
        id: adminId,
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        partner,
      });
      expect(body.courses).toEqual([]);
      expect(body.user).toMatchObject({ id: me.userId, name: 'Kim Example', email: me.email });
    });

    it('writes lastActiveAt at most once an hour, enqueueing the profile sync when it does', async () => {
      const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
      await sql(`update "user" set last_active_at = ? where id = ?`, [twoHoursAgo, me.userId]);

      await t.app.request('/api/v1/user/me', { headers: bearer(me.token) });
      const first = new Date((await userRow())?.last_active_at as string);
      expect(first.getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(await sql(`select 1 from profile_sync_job where user_id = ?`, [me.userId])).toHaveLength(1);

      await t.app.request('/api/v1/user/me', { headers: bearer(me.token) });
      expect(new Date((await userRow())?.last_active_at as string)).toEqual(first);
    });
  });

  describe('DELETE /', () => {
    it('anonymises the user and their bookings, removes the Firebase account, and refuses the token after', async () => {
      const partnerId = await insertPartner(t.database.orm, { name: `Delete Partner ${n}` });
      const accessId = await insertPartnerAccess(t.database.orm, {
        partner_id: partnerId,
        user_id: me.userId,
      });
      await sql(
        `insert into therapy_session (id, user_id, partner_access_id, action, booking_code, client_email,
           service_name, service_provider_name, service_provider_email, start_date_time, end_date_time)
         values (?, ?, ?, 'NEW_BOOKING', ?, ?, 'Therapy', 'Dr Who', 'dr@example.com', now(), now() + interval '1 hour')`,
        [randomUUID(), me.userId, accessId, `del-${n}`, me.email],
      );

      const res = await t.app.request('/api/v1/user', { method: 'DELETE', headers: bearer(me.token) });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body).toMatchObject({ id: me.userId, isActive: false, firebaseUid: me.firebaseUid });
      expect(body.name).toMatch(/^[0-9a-f]{20}$/);
      expect(body.email).toMatch(/^[0-9a-f]{20}$/);
      expect(body.deletedAt).toEqual(expect.any(String));
      const [session] = await sql<{ client_email: string }>(
        `select client_email from therapy_session where user_id = ?`,
        [me.userId],
      );
      expect(session?.client_email).toMatch(/^[0-9a-f]{20}$/);
      expect(await sql(`select 1 from partner_access where id = ?`, [accessId])).toHaveLength(1);
      expect(await sql(`select 1 from profile_sync_job where user_id = ?`, [me.userId])).toHaveLength(1);
      expect(await lookUpEmail(host, projectId, me.firebaseUid)).toBeNull();
      await expect(signIn(host, me.email, 'correct-horse-battery')).rejects.toThrow();

      const again = await t.app.request('/api/v1/user/me', { headers: bearer(me.token) });
      expect([403, 401]).toContain(again.status);
      expect(['USER_INACTIVE', 'INVALID_TOKEN']).toContain((await json(again)).message);
    });
  });
});
