import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroOrmAccountReader } from '../../../src/adapters/persistence/mikro-orm/mikro-orm-account-reader.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import {
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertRow,
  insertUser,
} from '../../support/fixtures.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database.js';

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 0, day, hour));

/** The account statement (GET /me, admin search) on the real databases: shapes, order, includes. */
describe.each(databaseKinds)('MikroOrmAccountReader on %s', (kind) => {
  let database: TestDatabase;
  let reader: MikroOrmAccountReader;
  const ids = {} as Record<
    'user' | 'loner' | 'partnerA' | 'partnerB' | 'accessOld' | 'accessNew' | 'admin' | 'chat' | 'therapy',
    string
  >;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const orm = database.orm;
    reader = new MikroOrmAccountReader(orm.em.fork() as SqlEntityManager);
    ids.user = await insertUser(orm, { email: 'account-reader@example.org', last_active_at: at(3) });
    ids.loner = await insertUser(orm, { email: 'account-reader-loner@example.org' });
    ids.partnerA = await insertPartner(orm, { name: 'Reader Partner A' });
    ids.partnerB = await insertPartner(orm, { name: 'Reader Partner B', is_active: false });
    ids.chat = await insertRow(orm, 'feature', { name: 'READER_CHAT' });
    ids.therapy = await insertRow(orm, 'feature', { name: 'READER_THERAPY' });
    // Inserted out of order: features are listed by creation time.
    await insertRow(orm, 'partner_feature', {
      partner_id: ids.partnerA,
      feature_id: ids.therapy,
      active: false,
      created_at: at(2),
    });
    await insertRow(orm, 'partner_feature', {
      partner_id: ids.partnerA,
      feature_id: ids.chat,
      active: true,
      created_at: at(1),
    });
    ids.admin = await insertPartnerAdmin(orm, { user_id: ids.user, partner_id: ids.partnerB });
    ids.accessNew = await insertPartnerAccess(orm, {
      partner_id: ids.partnerB,
      user_id: ids.user,
      access_code: 'NEW234',
      created_at: at(5),
    });
    ids.accessOld = await insertPartnerAccess(orm, {
      partner_id: ids.partnerA,
      user_id: ids.user,
      feature_therapy: true,
      therapy_sessions_remaining: 3,
      therapy_sessions_redeemed: 2,
      activated_at: at(4),
      created_at: at(4),
    });
    for (const [code, day, cancelled] of [
      ['READER-2', 12, true],
      ['READER-1', 11, false],
    ] as const) {
      await insertRow(orm, 'therapy_session', {
        user_id: ids.user,
        partner_access_id: ids.accessOld,
        action: cancelled ? 'CANCELLED_BOOKING' : 'NEW_BOOKING',
        booking_code: code,
        client_email: 'account-reader@example.org',
        service_name: 'Therapy',
        service_provider_name: 'Therapist',
        service_provider_email: 'therapist@example.org',
        start_date_time: at(day, 9),
        end_date_time: at(day, 10),
        cancelled_at: cancelled ? at(10) : null,
      });
    }
  });
  afterAll(() => database.close());

  it('reads a user with accesses (oldest first), their partners, bookings and admin role', async () => {
    const account = await reader.account(ids.user as UserId);

    expect(account?.user).toMatchObject({
      id: ids.user,
      email: 'account-reader@example.org',
      lastActiveAt: at(3),
      deletedAt: null,
    });
    expect(account?.partnerAccesses).toEqual([
      {
        id: ids.accessOld,
        createdAt: at(4),
        updatedAt: expect.any(Date),
        activatedAt: at(4),
        featureLiveChat: true,
        featureTherapy: true,
        accessCode: null,
        active: true,
        therapySessionsRemaining: 3,
        therapySessionsRedeemed: 2,
        partner: {
          id: ids.partnerA,
          name: 'Reader Partner A',
          isActive: true,
          partnerFeature: [
            {
              id: expect.any(String),
              partnerId: ids.partnerA,
              featureId: ids.chat,
              active: true,
              feature: { id: ids.chat, name: 'READER_CHAT' },
            },
            {
              id: expect.any(String),
              partnerId: ids.partnerA,
              featureId: ids.therapy,
              active: false,
              feature: { id: ids.therapy, name: 'READER_THERAPY' },
            },
          ],
        },
        therapySessions: [
          expect.objectContaining({ action: 'NEW_BOOKING', startDateTime: at(11, 9), cancelledAt: null }),
          expect.objectContaining({
            action: 'CANCELLED_BOOKING',
            startDateTime: at(12, 9),
            endDateTime: at(12, 10),
            cancelledAt: at(10),
          }),
        ],
      },
      expect.objectContaining({
        id: ids.accessNew,
        accessCode: 'NEW234',
        activatedAt: null,
        partner: { id: ids.partnerB, name: 'Reader Partner B', isActive: false, partnerFeature: [] },
        therapySessions: [],
      }),
    ]);
    expect(account?.partnerAdmin).toEqual({
      id: ids.admin,
      active: true,
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
      partner: { id: ids.partnerB, name: 'Reader Partner B', isActive: false, partnerFeature: [] },
    });
  });

  it('reads a user with nothing as [] and null, and an unknown id as null', async () => {
    expect(await reader.account(ids.loner as UserId)).toMatchObject({
      user: { id: ids.loner },
      partnerAccesses: [],
      partnerAdmin: null,
    });
    expect(await reader.account('00000000-0000-4000-8000-000000000000' as UserId)).toBeNull();
  });

  it('reads many users in the order asked, leaving out unknown ids and relations not asked for', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const accounts = await reader.accounts([ids.loner, unknown, ids.user], {
      partnerAccess: false,
      partnerAdmin: true,
    });

    expect(accounts.map((a) => [a.user.id, a.partnerAccesses.length, a.partnerAdmin?.id ?? null])).toEqual([
      [ids.loner, 0, null],
      [ids.user, 0, ids.admin],
    ]);
    const withAccesses = await reader.accounts([ids.user], { partnerAccess: true, partnerAdmin: false });
    expect(withAccesses[0]?.partnerAccesses).toHaveLength(2);
    expect(withAccesses[0]?.partnerAdmin).toBeNull();
  });
});
