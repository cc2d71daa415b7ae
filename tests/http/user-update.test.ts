import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lookUpEmail } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { bearer, insertUser, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const { host, projectId } = sharedFirebaseEmulator();
const email = (name: string) => `update-http-${name}@example.com`;

describe(`PATCH /api/v1/user (${kind})`, () => {
  let t: TestApplication;
  let me: SignedInUser;
  let n = 0;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const userRow = async (id = me.userId) => (await sql(`select * from "user" where id = ?`, [id]))[0];
  const patch = (body: unknown) =>
    t.app.request('/api/v1/user', jsonRequest('PATCH', body, bearer(me.token)));

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    n += 1;
    me = await signedInUser(t.database.orm, email(`user${n}`), { name: 'Kim Example' });
  });

  describe('PATCH /', () => {
    it('changes only the sent fields and ignores fields a user may not set', async () => {
      const res = await patch({
        contactPermission: true,
        signUpLanguage: 'fr',
        isSuperAdmin: true,
        isActive: false,
        id: randomUUID(),
        firebaseUid: 'other',
        signUpType: 'PARTNER_USER_WITH_CODE',
      });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body).toMatchObject({
        id: me.userId,
        name: 'Kim Example',
        contactPermission: true,
        signUpLanguage: 'fr',
        isSuperAdmin: false,
        isActive: true,
      });
      expect(Object.keys(body).sort()).toEqual([
        'contactPermission',
        'createdAt',
        'crispTokenId',
        'deletedAt',
        'email',
        'emailRemindersFrequency',
        'firebaseUid',
        'id',
        'isActive',
        'isSuperAdmin',
        'lastActiveAt',
        'name',
        'serviceEmailsPermission',
        'signUpLanguage',
        'updatedAt',
      ]);
      expect(await userRow()).toMatchObject({
        is_super_admin: false,
        is_active: true,
        firebase_uid: me.firebaseUid,
        sign_up_type: 'PUBLIC_USER',
      });
    });

    it.each([
      ['malformed JSON', '{"name":'],
      ['a numeric name', { name: 5 }],
      ['a 201-character name', { name: 'x'.repeat(201) }],
      ['a string boolean', { serviceEmailsPermission: 'false' }],
      ['an unknown frequency', { emailRemindersFrequency: 'HOURLY' }],
    ])('400 VALIDATION_FAILED for %s, nothing written', async (_case, body) => {
      const res = await patch(body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
      expect(await userRow()).toMatchObject({ name: 'Kim Example', service_emails_permission: true });
    });

    it('changes the email in Firebase and then the row', async () => {
      const res = await patch({ email: ` ${email(`renamed${n}`).toUpperCase()} ` });
      expect(res.status).toBe(200);
      expect((await json(res)).email).toBe(email(`renamed${n}`));
      expect(await lookUpEmail(host, projectId, me.firebaseUid)).toBe(email(`renamed${n}`));
      expect((await userRow())?.email).toBe(email(`renamed${n}`));
    });

    it('400 UPDATE_USER_INVALID_EMAIL for an invalid email', async () => {
      const res = await patch({ email: 'nope' });
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('UPDATE_USER_INVALID_EMAIL');
      expect((await userRow())?.email).toBe(me.email);
    });

    it('409 UPDATE_USER_ALREADY_EXISTS when another Bloom user has the email', async () => {
      await insertUser(t.database.orm, { email: email(`other${n}`) });
      const res = await patch({ email: email(`other${n}`) });
      expect(res.status).toBe(409);
      expect((await json(res)).message).toBe('UPDATE_USER_ALREADY_EXISTS');
      expect(await lookUpEmail(host, projectId, me.firebaseUid)).toBe(me.email);
    });
  });
});
