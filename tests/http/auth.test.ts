import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, unsignedExpiredToken } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { bearer, signedInUser } from '../support/fixtures.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const { host, projectId } = sharedFirebaseEmulator();
const email = (name: string) => `auth-http-${name}@example.com`;

describe(`authentication of /api/v1/user (${kind})`, () => {
  let t: TestApplication;
  const me = (headers: Record<string, string> = {}) => t.app.request('/api/v1/user/me', { headers });

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(() => t.database.reset());

  async function expectError(res: Response, status: number, message: string) {
    expect(res.status).toBe(status);
    expect(await json(res)).toEqual({ statusCode: status, error: expect.any(String), message });
  }

  it('401 UNAUTHORIZED without a bearer header', async () => {
    await expectError(await me(), 401, 'UNAUTHORIZED');
    await expectError(await me({ authorization: 'Basic abc' }), 401, 'UNAUTHORIZED');
    await expectError(await me({ authorization: 'Bearer' }), 401, 'UNAUTHORIZED');
  });

  it('401 INVALID_TOKEN for a token that does not verify', async () => {
    await expectError(await me(bearer('not-a-token')), 401, 'INVALID_TOKEN');
  });

  it('401 ID_TOKEN_EXPIRED for an expired token', async () => {
    const { uid } = await createAccount(host, email('expired'), 'correct-horse-battery');
    await expectError(await me(bearer(unsignedExpiredToken(uid, projectId))), 401, 'ID_TOKEN_EXPIRED');
  });

  it('403 USER_NOT_FOUND for a valid token without a Bloom user', async () => {
    const { idToken } = await createAccount(host, email('stranger'), 'correct-horse-battery');
    await expectError(await me(bearer(idToken)), 403, 'USER_NOT_FOUND');
  });

  it('403 USER_INACTIVE for a deactivated or deleted user', async () => {
    const inactive = await signedInUser(t.database.orm, email('inactive'), { is_active: false });
    await expectError(await me(bearer(inactive.token)), 403, 'USER_INACTIVE');
    const deleted = await signedInUser(t.database.orm, email('deleted'), { deleted_at: new Date() });
    await expectError(await me(bearer(deleted.token)), 403, 'USER_INACTIVE');
  });

  it('403 FORBIDDEN on super-admin routes for a user without the role', async () => {
    const user = await signedInUser(t.database.orm, email('plain'));
    const someone = '0f0e0d0c-0000-4000-8000-000000000001';
    await expectError(await t.app.request('/api/v1/user', { headers: bearer(user.token) }), 403, 'FORBIDDEN');
    await expectError(
      await t.app.request(`/api/v1/user/admin/${someone}`, {
        method: 'PATCH',
        headers: { ...bearer(user.token), 'content-type': 'application/json' },
        body: JSON.stringify({ isSuperAdmin: true }),
      }),
      403,
      'FORBIDDEN',
    );
    await expectError(
      await t.app.request(`/api/v1/user/${someone}`, { method: 'DELETE', headers: bearer(user.token) }),
      403,
      'FORBIDDEN',
    );
    const rows: { is_super_admin: boolean }[] = await t.database.orm.em
      .getConnection()
      .execute(`select is_super_admin from "user" where id = ?`, [user.userId]);
    expect(rows[0]?.is_super_admin).toBe(false);
  });

  it('lets an active user in (200)', async () => {
    const user = await signedInUser(t.database.orm, email('active'));
    const res = await me(bearer(user.token));
    expect(res.status).toBe(200);
    expect((await json(res)).user.id).toBe(user.userId);
  });

  it('publishes the user routes in the OpenAPI document', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys((await json(res)).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/user',
        '/api/v1/user/me',
        '/api/v1/user/admin/{id}',
        '/api/v1/user/{id}',
      ]),
    );
  });
});
