import { beforeEach, describe, expect, it } from 'vitest';
import { asUser, partnerScene, type PartnerScene } from '../support/admin-scenes.js';
import { databaseKinds } from '../support/test-database.js';
import { insertPartnerAccess, type SignedInUser } from '../support/fixtures.js';
import { json, useTestApplication } from '../support/test-app.js';

const PREFIX = 'http-partner-access';
const UNKNOWN = '6f2d0a8e-0000-4000-8000-00000000abcd';
const CODE_ALPHABET = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

describe(`partner access routes (${databaseKinds.at(-1)})`, () => {
  const t = useTestApplication({ kind: databaseKinds.at(-1) });
  let { superAdmin, admin, member, partnerId, otherPartnerId, adminId } = {} as PartnerScene;

  beforeEach(async () => {
    ({ superAdmin, admin, member, partnerId, otherPartnerId, adminId } = await partnerScene(t, PREFIX));
  });

  const as = asUser;
  const grant = { featureLiveChat: true, featureTherapy: true, therapySessionsRemaining: 6 };
  const rows = (sql: string, params: unknown[] = []) =>
    t.database.orm.em.getConnection().execute(sql, params);

  it("mints a code for the admin's own partner, ignoring any partnerId sent", async () => {
    const res = await t.app.request(
      '/api/v1/partner-access',
      as(admin, 'POST', { ...grant, partnerId: otherPartnerId }),
    );
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: expect.any(String),
      accessCode: expect.stringMatching(CODE_ALPHABET),
      partnerId,
      partnerAdminId: adminId,
      featureLiveChat: true,
      featureTherapy: true,
      therapySessionsRemaining: 6,
      therapySessionsRedeemed: 0,
      active: true,
      activatedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('refuses minting to a normal user and a super admin who is no partner admin, and bad counters', async () => {
    expect((await t.app.request('/api/v1/partner-access', as(member, 'POST', grant))).status).toBe(403);
    expect((await t.app.request('/api/v1/partner-access', as(superAdmin, 'POST', grant))).status).toBe(403);
    const over = await t.app.request(
      '/api/v1/partner-access',
      as(admin, 'POST', { ...grant, therapySessionsRemaining: 101 }),
    );
    expect(over.status).toBe(400);
    expect((await json(over)).message).toBe('VALIDATION_FAILED');
    const negative = { ...grant, therapySessionsRedeemed: -1 };
    expect((await t.app.request('/api/v1/partner-access', as(admin, 'POST', negative))).status).toBe(400);
    expect(
      (await t.app.request('/api/v1/partner-access', as(admin, 'POST', '{"featureLiveChat":'))).status,
    ).toBe(400);
    expect(await rows('select id from partner_access')).toHaveLength(0);
  });

  it('lists newest first with filters: super admin any partner, partner admin only their own', async () => {
    const orm = t.database.orm;
    await insertPartnerAccess(orm, {
      partner_id: partnerId,
      access_code: 'AAAAAA',
      created_at: '2026-01-01T00:00:00Z',
    });
    await insertPartnerAccess(orm, {
      partner_id: partnerId,
      access_code: 'BBBBBB',
      user_id: member.userId,
      created_at: '2026-01-02T00:00:00Z',
    });
    await insertPartnerAccess(orm, {
      partner_id: otherPartnerId,
      access_code: 'CCCCCC',
      created_at: '2026-01-03T00:00:00Z',
    });

    const codes = async (user: SignedInUser, query = '') => {
      const res = await t.app.request(`/api/v1/partner-access${query}`, as(user, 'GET'));
      return {
        status: res.status,
        codes: res.status === 200 ? (await json(res)).map((a: { accessCode: string }) => a.accessCode) : [],
      };
    };
    expect(await codes(superAdmin)).toEqual({ status: 200, codes: ['CCCCCC', 'BBBBBB', 'AAAAAA'] });
    expect(await codes(superAdmin, `?partnerId=${otherPartnerId}`)).toEqual({
      status: 200,
      codes: ['CCCCCC'],
    });
    expect(await codes(superAdmin, '?claimed=false&limit=1')).toEqual({ status: 200, codes: ['CCCCCC'] });
    expect(await codes(superAdmin, '?claimed=true')).toEqual({ status: 200, codes: ['BBBBBB'] });
    expect(await codes(superAdmin, '?accessCode=%20aaaaaa')).toEqual({ status: 200, codes: ['AAAAAA'] });
    expect(await codes(admin)).toEqual({ status: 200, codes: ['BBBBBB', 'AAAAAA'] });
    expect(await codes(admin, `?partnerId=${partnerId}&active=true`)).toEqual({
      status: 200,
      codes: ['BBBBBB', 'AAAAAA'],
    });
    expect((await codes(admin, `?partnerId=${otherPartnerId}`)).status).toBe(403);
    expect((await codes(member)).status).toBe(403);
    expect((await codes(superAdmin, '?limit=101')).status).toBe(400);
    expect((await codes(superAdmin, '?partnerId=nope')).status).toBe(400);

    const [first] = await json(
      await t.app.request('/api/v1/partner-access?accessCode=BBBBBB', as(superAdmin, 'GET')),
    );
    expect(Object.keys(first).sort()).toEqual(
      [
        'id',
        'createdAt',
        'updatedAt',
        'activatedAt',
        'featureLiveChat',
        'featureTherapy',
        'accessCode',
        'active',
        'therapySessionsRemaining',
        'therapySessionsRedeemed',
        'partner',
        'therapySessions',
      ].sort(),
    );
    expect(first.partner).toEqual({ id: partnerId, name: 'Bumble', isActive: true, partnerFeature: [] });
  });

  it('lets a super admin correct an access, never the redeemed counter', async () => {
    const id = await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      access_code: 'DDDDDD',
      therapy_sessions_redeemed: 2,
    });
    const body = { therapySessionsRemaining: 3, featureTherapy: true, therapySessionsRedeemed: 0 };
    const res = await t.app.request(`/api/v1/partner-access/${id}`, as(superAdmin, 'PATCH', body));
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      id,
      therapySessionsRemaining: 3,
      therapySessionsRedeemed: 2,
      featureTherapy: true,
    });

    const unknown = await t.app.request(
      `/api/v1/partner-access/${UNKNOWN}`,
      as(superAdmin, 'PATCH', { active: false }),
    );
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).message).toBe('PARTNER_ACCESS_NOT_FOUND');
    expect(
      (
        await t.app.request(
          `/api/v1/partner-access/${id}`,
          as(superAdmin, 'PATCH', { therapySessionsRemaining: 101 }),
        )
      ).status,
    ).toBe(400);
    expect(
      (await t.app.request('/api/v1/partner-access/xyz', as(superAdmin, 'PATCH', { active: false }))).status,
    ).toBe(400);
    expect(
      (await t.app.request(`/api/v1/partner-access/${id}`, as(admin, 'PATCH', { active: false }))).status,
    ).toBe(403);
    expect((await rows('select therapy_sessions_remaining as r from partner_access'))[0].r).toBe(3);
  });
});
