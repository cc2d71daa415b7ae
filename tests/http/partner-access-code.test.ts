import { beforeEach, describe, expect, it } from 'vitest';
import { asUser, partnerScene, type PartnerScene } from '../support/admin-scenes.js';
import { databaseKinds } from '../support/test-database.js';
import { insertPartnerAccess } from '../support/fixtures.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

const PREFIX = 'http-partner-access-code';

describe(`access code routes (${databaseKinds.at(-1)})`, () => {
  const t = useTestApplication({ kind: databaseKinds.at(-1) });
  let { superAdmin, admin, member, partnerId, otherPartnerId } = {} as PartnerScene;

  beforeEach(async () => {
    ({ superAdmin, admin, member, partnerId, otherPartnerId } = await partnerScene(t, PREFIX));
  });

  const as = asUser;
  const rows = (sql: string, params: unknown[] = []) =>
    t.database.orm.em.getConnection().execute(sql, params);

  it('validates a code for anyone, revealing only partner and features', async () => {
    await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      access_code: 'EEEEEE',
      feature_therapy: true,
    });
    const res = await t.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: ' eeeeee ' }),
    );
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({
      status: 'VALID',
      partner: { id: partnerId, name: 'Bumble' },
      featureLiveChat: true,
      featureTherapy: true,
    });
    const bogus = { authorization: 'Bearer not-a-token' };
    const withJunkToken = await t.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: 'EEEEEE' }, bogus),
    );
    expect(withJunkToken.status).toBe(201);
    const invalid = await t.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: 'x' }),
    );
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).message).toBe('INVALID_CODE');
    const missing = await t.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: 'ZZZZZZ' }),
    );
    expect((await json(missing)).message).toBe('DOES_NOT_EXIST');
  });

  it('assigns a code to the caller, then ALREADY_APPLIED for them and ALREADY_IN_USE for others', async () => {
    await insertPartnerAccess(t.database.orm, { partner_id: partnerId, access_code: 'FFFFFF' });
    const res = await t.app.request(
      '/api/v1/partner-access/assign',
      as(member, 'POST', { partnerAccessCode: 'ffffff' }),
    );
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toMatchObject({
      accessCode: 'FFFFFF',
      active: true,
      partner: { id: partnerId, name: 'Bumble' },
      therapySessions: [],
    });
    expect(body.activatedAt).toEqual(expect.any(String));

    const again = await t.app.request(
      '/api/v1/partner-access/assign',
      as(member, 'POST', { partnerAccessCode: 'FFFFFF' }),
    );
    expect(again.status).toBe(409);
    expect((await json(again)).message).toBe('ALREADY_APPLIED');
    const other = await t.app.request(
      '/api/v1/partner-access/assign',
      as(admin, 'POST', { partnerAccessCode: 'FFFFFF' }),
    );
    expect((await json(other)).message).toBe('ALREADY_IN_USE');
    const validate = await t.app.request(
      '/api/v1/partner-access/validate-code',
      jsonRequest('POST', { partnerAccessCode: 'FFFFFF' }),
    );
    expect((await json(validate)).message).toBe('ALREADY_IN_USE');
    expect(
      (
        await t.app.request(
          '/api/v1/partner-access/assign',
          jsonRequest('POST', { partnerAccessCode: 'FFFFFF' }),
        )
      ).status,
    ).toBe(401);

    const [row] = await rows('select user_id from partner_access');
    expect(row.user_id).toBe(member.userId);
    expect(
      await rows('select user_id from profile_sync_job where user_id = ?', [member.userId]),
    ).toHaveLength(1);
  });

  it('refuses codes of an inactive partner with INACTIVE', async () => {
    const code = await insertPartnerAccess(t.database.orm, {
      partner_id: otherPartnerId,
      access_code: 'GGGGGG',
    });
    await t.app.request(`/api/v1/partner/${otherPartnerId}`, as(superAdmin, 'PATCH', { active: false }));
    // Deactivating the partner switched its unclaimed codes off too: switch this one back on, so
    // only the partner's own state refuses it.
    const reactivated = await t.app.request(
      `/api/v1/partner-access/${code}`,
      as(superAdmin, 'PATCH', { active: true }),
    );
    expect(reactivated.status).toBe(200);
    const res = await t.app.request(
      '/api/v1/partner-access/assign',
      as(member, 'POST', { partnerAccessCode: 'GGGGGG' }),
    );
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBe('INACTIVE');
  });
});
