import { beforeEach, describe, expect, it } from 'vitest';
import { asUser, superAdminAndMember, type SuperAdminAndMember } from '../support/admin-scenes.js';
import { databaseKinds } from '../support/test-database.js';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertUser,
} from '../support/fixtures.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

const PREFIX = 'http-partner';
const UNKNOWN = '6f2d0a8e-0000-4000-8000-00000000abcd';

describe(`partner routes (${databaseKinds.at(-1)})`, () => {
  const t = useTestApplication({ kind: databaseKinds.at(-1) });
  let { superAdmin, member, run } = {} as SuperAdminAndMember;

  beforeEach(async () => {
    ({ superAdmin, member, run } = await superAdminAndMember(t, PREFIX));
  });

  const asSuper = (method: string, body?: unknown) => asUser(superAdmin, method, body);
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.database.orm.em.getConnection().execute(sql, params))[0].n);

  it('creates, lists, finds by name (any case) and refuses a duplicate name', async () => {
    const created = await t.app.request(
      '/api/v1/partner',
      asSuper('POST', { name: ' Bumble ', extra: 'ignored' }),
    );
    expect(created.status).toBe(201);
    const partner = await json(created);
    expect(partner).toEqual({
      id: expect.any(String),
      name: 'Bumble',
      isActive: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const twin = await t.app.request('/api/v1/partner', asSuper('POST', { name: 'BUMBLE' }));
    expect(twin.status).toBe(409);
    expect((await json(twin)).message).toBe('PARTNER_ALREADY_EXISTS');

    const list = await json(await t.app.request('/api/v1/partner', asSuper('GET')));
    expect(list).toEqual([partner]);

    const byName = await t.app.request('/api/v1/partner/bUMBLE');
    expect(byName.status).toBe(200);
    expect(await json(byName)).toEqual({
      id: partner.id,
      name: 'Bumble',
      isActive: true,
      partnerFeature: [],
    });
    expect((await t.app.request('/api/v1/partner/Bumbl')).status).toBe(404);
  });

  it('refuses admin routes to a normal user (403) and to no token (401)', async () => {
    const forbidden = await t.app.request(
      '/api/v1/partner',
      jsonRequest('POST', { name: 'X' }, bearer(member.token)),
    );
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).message).toBe('FORBIDDEN');
    expect((await t.app.request('/api/v1/partner')).status).toBe(401);
    expect((await t.app.request('/api/v1/feature', { headers: bearer(member.token) })).status).toBe(403);
    expect((await t.app.request('/api/v1/partner-admin', { headers: bearer(member.token) })).status).toBe(
      403,
    );
    expect(await count('select count(*) as n from partner')).toBe(0);
  });

  it('answers bad input with 400 and writes nothing', async () => {
    expect(
      (await t.app.request('/api/v1/partner/not-a-uuid', asSuper('PATCH', { active: false }))).status,
    ).toBe(400);
    expect((await t.app.request('/api/v1/partner', asSuper('POST', '{"name": '))).status).toBe(400);
    expect((await t.app.request('/api/v1/partner', asSuper('POST', { name: '' }))).status).toBe(400);
    expect(
      (await t.app.request(`/api/v1/partner/${UNKNOWN}`, asSuper('PATCH', { active: 'no' }))).status,
    ).toBe(400);
    expect(
      (await t.app.request(`/api/v1/partner/${UNKNOWN}`, asSuper('PATCH', { active: false }))).status,
    ).toBe(404);
    expect(await count('select count(*) as n from partner')).toBe(0);
  });

  it('deactivation closes admins and unclaimed codes in one go; claimed accesses stay; reactivation revives nothing', async () => {
    const orm = t.database.orm;
    const partnerId = await insertPartner(orm, { name: 'Fearless' });
    const adminUser = await insertUser(orm, { email: `${PREFIX}-admin-${run}@example.com` });
    const adminId = await insertPartnerAdmin(orm, { user_id: adminUser, partner_id: partnerId });
    const unclaimed = await insertPartnerAccess(orm, { partner_id: partnerId, access_code: 'ABCDEF' });
    const claimed = await insertPartnerAccess(orm, {
      partner_id: partnerId,
      access_code: 'GHJKMN',
      user_id: member.userId,
    });

    const off = await t.app.request(`/api/v1/partner/${partnerId}`, asSuper('PATCH', { active: false }));
    expect(off.status).toBe(200);
    expect(await json(off)).toMatchObject({ id: partnerId, isActive: false });
    const active = async (table: string, id: string) =>
      (await orm.em.getConnection().execute(`select active from ${table} where id = ?`, [id]))[0].active;
    expect(await active('partner_admin', adminId)).toBe(false);
    expect(await active('partner_access', unclaimed)).toBe(false);
    expect(await active('partner_access', claimed)).toBe(true);
    expect((await t.app.request('/api/v1/partner/Fearless')).status).toBe(404);

    await t.app.request(`/api/v1/partner/${partnerId}`, asSuper('PATCH', { active: true }));
    expect(await active('partner_admin', adminId)).toBe(false);
    expect(await active('partner_access', unclaimed)).toBe(false);
  });
});
