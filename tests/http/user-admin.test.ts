import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, lookUpEmail } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertUser,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const { host, projectId } = sharedFirebaseEmulator();
const UNKNOWN = '0f0e0d0c-0000-4000-8000-0000000000ff';

describe(`super-admin user routes (${kind})`, () => {
  let t: TestApplication;
  let admin: SignedInUser;
  let n = 0;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const search = (criteria?: unknown) =>
    t.app.request(
      `/api/v1/user${criteria === undefined ? '' : `?searchCriteria=${encodeURIComponent(typeof criteria === 'string' ? criteria : JSON.stringify(criteria))}`}`,
      { headers: bearer(admin.token) },
    );
  const emails = async (res: Response) =>
    ((await json(res)) as { user: { email: string } }[]).map((p) => p.user.email);

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    n += 1;
    admin = await signedInUser(t.database.orm, `admin-http-root${n}@example.com`, {
      is_super_admin: true,
      created_at: new Date('2026-01-01T00:00:00Z'),
    });
  });

  describe('GET / (search)', () => {
    let alpha: string;
    let beta: string;
    beforeEach(async () => {
      const partnerId = await insertPartner(t.database.orm, { name: 'Search Partner' });
      alpha = await insertUser(t.database.orm, {
        email: 'alpha_1%@example.com',
        created_at: new Date('2026-02-01T00:00:00Z'),
      });
      beta = await insertUser(t.database.orm, {
        email: 'beta@example.org',
        created_at: new Date('2026-03-01T00:00:00Z'),
      });
      await insertUser(t.database.orm, {
        email: 'alphax1y@example.com',
        created_at: new Date('2026-04-01T00:00:00Z'),
      });
      await insertPartnerAccess(t.database.orm, {
        partner_id: partnerId,
        user_id: alpha,
        feature_therapy: true,
      });
      await insertPartnerAccess(t.database.orm, { partner_id: partnerId, user_id: beta, active: false });
      await insertPartnerAdmin(t.database.orm, { user_id: beta, partner_id: partnerId });
    });

    it('finds users whose email contains the text, case-insensitively, newest first, relations empty', async () => {
      const res = await search({ email: 'EXAMPLE.COM' });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body.map((p: { user: { email: string } }) => p.user.email)).toEqual([
        'alphax1y@example.com',
        'alpha_1%@example.com',
        admin.email,
      ]);
      expect(body[1]).toMatchObject({ partnerAccesses: [], partnerAdmin: null, courses: [] });
    });

    it('matches % and _ literally', async () => {
      expect(await emails(await search({ email: 'alpha_1%' }))).toEqual(['alpha_1%@example.com']);
      expect(await emails(await search({ email: '%' }))).toEqual(['alpha_1%@example.com']);
    });

    it('filters by partner access fields and partner admin, and includes relations when asked', async () => {
      expect(await emails(await search({ partnerAccess: { featureTherapy: true } }))).toEqual([
        'alpha_1%@example.com',
      ]);
      expect(await emails(await search({ partnerAccess: { active: false } }))).toEqual(['beta@example.org']);
      const res = await search({
        partnerAdmin: { partnerAdminId: 'IS NOT NULL' },
        include: ['partnerAccess', 'partnerAdmin'],
      });
      const [profile] = await json(res);
      expect(profile.user.id).toBe(beta);
      expect(profile.partnerAccesses).toHaveLength(1);
      expect(profile.partnerAccesses[0].partner.name).toBe('Search Partner');
      expect(profile.partnerAdmin.partner.name).toBe('Search Partner');
    });

    it('pages with limit and offset (default 10)', async () => {
      expect(await json(await search())).toHaveLength(4);
      expect(await emails(await search({ limit: 2, offset: 1 }))).toEqual([
        'beta@example.org',
        'alpha_1%@example.com',
      ]);
    });

    it.each([
      ['malformed JSON', '{"email":'],
      ['limit 0', { limit: 0 }],
      ['limit 101', { limit: 101 }],
      ['a negative offset', { offset: -1 }],
      ['an unknown include', { include: ['courses'] }],
      ['a string boolean', { partnerAccess: { active: 'yes' } }],
      ['another partnerAdmin filter', { partnerAdmin: { partnerAdminId: 'anything' } }],
    ])('400 VALIDATION_FAILED for %s', async (_case, criteria) => {
      const res = await search(criteria);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    });
  });

  describe('PATCH /admin/:id', () => {
    it('changes roles and details of another user', async () => {
      const target = await insertUser(t.database.orm, { email: `admin-http-target${n}@example.com` });
      const res = await t.app.request(
        `/api/v1/user/admin/${target}`,
        jsonRequest(
          'PATCH',
          { isSuperAdmin: true, isActive: false, name: 'Renamed', id: UNKNOWN },
          bearer(admin.token),
        ),
      );
      expect(res.status).toBe(200);
      expect(await json(res)).toMatchObject({
        id: target,
        isSuperAdmin: true,
        isActive: false,
        name: 'Renamed',
      });
      expect((await sql(`select is_super_admin, is_active from "user" where id = ?`, [target]))[0]).toEqual({
        is_super_admin: true,
        is_active: false,
      });
    });

    it('404 USER_NOT_FOUND for an unknown id, 400 for a non-UUID id or bad body', async () => {
      const unknown = await t.app.request(
        `/api/v1/user/admin/${UNKNOWN}`,
        jsonRequest('PATCH', { isActive: false }, bearer(admin.token)),
      );
      expect(unknown.status).toBe(404);
      expect((await json(unknown)).message).toBe('USER_NOT_FOUND');
      const notUuid = await t.app.request(
        '/api/v1/user/admin/42',
        jsonRequest('PATCH', { isActive: false }, bearer(admin.token)),
      );
      expect(notUuid.status).toBe(400);
      expect((await json(notUuid)).message).toBe('VALIDATION_FAILED');
      const badBody = await t.app.request(
        `/api/v1/user/admin/${admin.userId}`,
        jsonRequest('PATCH', { isSuperAdmin: 'no' }, bearer(admin.token)),
      );
      expect(badBody.status).toBe(400);
      expect((await sql(`select is_super_admin from "user" where id = ?`, [admin.userId]))[0]).toEqual({
        is_super_admin: true,
      });
    });
  });

  describe('DELETE /:id', () => {
    it('anonymises the user and removes their Firebase account', async () => {
      const account = await createAccount(host, `admin-http-victim${n}@example.com`, 'correct-horse-battery');
      const target = await insertUser(t.database.orm, {
        email: `admin-http-victim${n}@example.com`,
        firebase_uid: account.uid,
      });
      const res = await t.app.request(`/api/v1/user/${target}`, {
        method: 'DELETE',
        headers: bearer(admin.token),
      });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body).toMatchObject({ id: target, isActive: false });
      expect(body.email).toMatch(/^[0-9a-f]{20}$/);
      expect(await lookUpEmail(host, projectId, account.uid)).toBeNull();
      const again = await t.app.request(`/api/v1/user/${target}`, {
        method: 'DELETE',
        headers: bearer(admin.token),
      });
      expect(again.status).toBe(200);
    });

    it('404 USER_NOT_FOUND for an unknown id, 400 for a non-UUID id', async () => {
      const unknown = await t.app.request(`/api/v1/user/${UNKNOWN}`, {
        method: 'DELETE',
        headers: bearer(admin.token),
      });
      expect(unknown.status).toBe(404);
      expect((await json(unknown)).message).toBe('USER_NOT_FOUND');
      const notUuid = await t.app.request('/api/v1/user/not-a-uuid', {
        method: 'DELETE',
        headers: bearer(admin.token),
      });
      expect(notUuid.status).toBe(400);
      expect((await json(notUuid)).message).toBe('VALIDATION_FAILED');
    });
  });
});
