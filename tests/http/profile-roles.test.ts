import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';

/** SPEC 12.4 (the caller's own profile lists only live roles) and 12.5 (the admin search filters). */
describe(`profile roles and the admin search relation filters (${kind})`, () => {
  let t: TestApplication;
  let root: SignedInUser;
  let me: SignedInUser;
  let n = 0;
  const ids = {} as Record<'partner' | 'otherPartner' | 'access' | 'otherAccess' | 'admin', string>;
  const email = (name: string) => `profile-roles-${name}-${n}@example.org`;
  const profile = async () => json(await t.app.request('/api/v1/user/me', { headers: bearer(me.token) }));
  const patch = async (path: string, body: unknown) => {
    const res = await t.app.request(`/api/v1/${path}`, jsonRequest('PATCH', body, bearer(root.token)));
    expect(res.status, path).toBe(200);
  };
  const search = async (criteria: unknown) => {
    const query = encodeURIComponent(JSON.stringify(criteria));
    return t.app.request(`/api/v1/user?searchCriteria=${query}`, { headers: bearer(root.token) });
  };

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    n += 1;
    const orm = t.database.orm;
    root = await signedInUser(orm, email('root'), { is_super_admin: true });
    me = await signedInUser(orm, email('me'));
    ids.partner = await insertPartner(orm, { name: 'Roles Partner' });
    ids.otherPartner = await insertPartner(orm, { name: 'Roles Other Partner' });
    ids.access = await insertPartnerAccess(orm, {
      partner_id: ids.partner,
      user_id: me.userId,
      feature_therapy: true,
      created_at: new Date('2026-01-01T00:00:00Z'),
    });
    ids.otherAccess = await insertPartnerAccess(orm, {
      partner_id: ids.otherPartner,
      user_id: me.userId,
      created_at: new Date('2026-01-02T00:00:00Z'),
    });
    ids.admin = await insertPartnerAdmin(orm, { user_id: me.userId, partner_id: ids.partner });
  });

  it('GET /me drops an access once it is deactivated, and lists resources (none yet)', async () => {
    const before = await profile();
    expect(before.partnerAccesses.map((a: { id: string }) => a.id)).toEqual([ids.access, ids.otherAccess]);
    expect(before.resources).toEqual([]);

    await patch(`partner-access/${ids.otherAccess}`, { active: false });
    const after = await profile();
    expect(after.partnerAccesses.map((a: { id: string }) => a.id)).toEqual([ids.access]);
    expect(after.partnerAdmin?.id).toBe(ids.admin);
  });

  it('GET /me drops the admin role when the partner is deactivated, keeping its claimed access', async () => {
    await patch(`partner/${ids.partner}`, { active: false });
    const after = await profile();
    expect(after.partnerAdmin).toBeNull();
    expect(
      after.partnerAccesses.map((a: { id: string; partner: { isActive: boolean } }) => [
        a.id,
        a.partner.isActive,
      ]),
    ).toEqual([
      [ids.access, false],
      [ids.otherAccess, true],
    ]);
    // The admin row switched back on counts only once its partner is active again.
    await patch(`partner-admin/${ids.admin}`, { active: true });
    expect((await profile()).partnerAdmin).toBeNull();
    await patch(`partner/${ids.partner}`, { active: true });
    expect((await profile()).partnerAdmin).toMatchObject({
      id: ids.admin,
      active: true,
      partner: { isActive: true },
    });
  });

  it('the admin search still lists every included row, active or not', async () => {
    await patch(`partner-access/${ids.otherAccess}`, { active: false });
    await patch(`partner/${ids.partner}`, { active: false });
    const [found] = await json(
      await search({ email: email('me'), include: ['partnerAccess', 'partnerAdmin'] }),
    );
    expect(found.partnerAccesses.map((a: { id: string; active: boolean }) => [a.id, a.active])).toEqual([
      [ids.access, true],
      [ids.otherAccess, false],
    ]);
    expect(found.partnerAdmin).toMatchObject({ id: ids.admin, active: false });
    expect(found.resources).toEqual([]);
  });

  it('finds therapy users as the therapy admin form asks (limit as a string), listing only the matching accesses', async () => {
    const orm = t.database.orm;
    const lapsed = await signedInUser(orm, email('lapsed'));
    await insertPartnerAccess(orm, {
      partner_id: ids.partner,
      user_id: lapsed.userId,
      feature_therapy: true,
      active: false,
    });
    // As the frontend's therapy form sends it, `fields` and all.
    const res = await search({
      email: 'profile-roles-',
      partnerAccess: { featureTherapy: true, active: true },
      include: ['partnerAccess'],
      fields: ['partnerAccess'],
      limit: '10',
    });
    expect(res.status).toBe(200);
    const found = await json(res);
    expect(found.map((p: { user: { id: string } }) => p.user.id)).toEqual([me.userId]);
    expect(found[0].partnerAccesses.map((a: { id: string }) => a.id)).toEqual([ids.access]);
    expect(found[0].partnerAdmin).toBeNull();

    // A filter implies its include: the same search without `include` lists the matching access.
    const implied = await json(await search({ email: 'profile-roles-', partnerAccess: { active: false } }));
    expect(
      implied.map((p: { user: { id: string }; partnerAccesses: unknown[] }) => [
        p.user.id,
        p.partnerAccesses.length,
      ]),
    ).toEqual([[lapsed.userId, 1]]);
  });

  it('finds partner admins as the admin forms ask, inactive ones included, with or without include', async () => {
    const orm = t.database.orm;
    const former = await signedInUser(orm, email('former'));
    await insertPartnerAdmin(orm, { user_id: former.userId, partner_id: ids.otherPartner, active: false });
    for (const criteria of [
      {
        email: 'profile-roles-',
        partnerAdmin: { partnerAdminId: 'IS NOT NULL' },
        include: ['partnerAdmin'],
        limit: '10',
      },
      { email: 'profile-roles-', partnerAdmin: { partnerAdminId: 'IS NOT NULL' }, limit: '10' },
    ]) {
      const found = await json(await search(criteria));
      expect(
        found.map((p: { user: { id: string }; partnerAdmin: { active: boolean } }) => [
          p.user.id,
          p.partnerAdmin.active,
        ]),
      ).toEqual([
        [former.userId, false],
        [me.userId, true],
      ]);
      expect(found[0].partnerAccesses).toEqual([]);
    }
    const limited = await json(
      await search({ email: 'profile-roles-', partnerAdmin: { partnerAdminId: 'IS NOT NULL' }, limit: '1' }),
    );
    expect(limited).toHaveLength(1);
    for (const bad of [
      { partnerAdmin: { partnerAdminId: 'IS NULL' } },
      { limit: '0' },
      { limit: '1e1' },
      { limit: 'ten' },
    ]) {
      const res = await search(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    }
  });
});
