import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { overrideIdentityProvider } from '../support/identity-provider.js';
import { databaseKinds } from '../support/test-database.js';
import { lookUpEmail } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { bearer, insertPartner, insertUser, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const PREFIX = 'http-partner-admin';
const UNKNOWN = '6f2d0a8e-0000-4000-8000-00000000abcd';

describe(`partner admin routes (${databaseKinds.at(-1)})`, () => {
  let t: TestApplication;
  let superAdmin: SignedInUser;
  let member: SignedInUser;
  let partnerId: string;
  let run = 0;
  let createdUids: string[] = [];

  beforeAll(async () => {
    t = await createTestApplication({
      kind: databaseKinds.at(-1),
      // Records the uids the real provider creates, to check the emulator afterwards.
      override: (container) =>
        overrideIdentityProvider(container, (real) => ({
          createAccount: async (input) => {
            const account = await real.createAccount(input);
            createdUids.push(account.uid);
            return account;
          },
        })),
    });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    run += 1;
    createdUids = [];
    superAdmin = await signedInUser(t.database.orm, `${PREFIX}-super-${run}@example.com`, {
      is_super_admin: true,
    });
    member = await signedInUser(t.database.orm, `${PREFIX}-member-${run}@example.com`);
    partnerId = await insertPartner(t.database.orm, { name: 'Bumble' });
  });

  const asSuper = (method: string, body?: unknown) =>
    body === undefined
      ? { method, headers: bearer(superAdmin.token) }
      : jsonRequest(method, body, bearer(superAdmin.token));
  const record = {
    id: expect.any(String),
    active: true,
    createdAt: expect.any(String),
    updatedAt: expect.any(String),
  };

  it('refuses a deleted user (404 USER_NOT_FOUND) and accepts an inactive partner', async () => {
    const deleted = await insertUser(t.database.orm, {
      email: `${PREFIX}-deleted-${run}@example.com`,
      is_active: false,
      deleted_at: new Date(),
    });
    const res = await t.app.request('/api/v1/partner-admin', asSuper('POST', { userId: deleted, partnerId }));
    expect([res.status, (await json(res)).message]).toEqual([404, 'USER_NOT_FOUND']);

    const dormant = await insertPartner(t.database.orm, { name: 'Dormant', is_active: false });
    const made = await t.app.request(
      '/api/v1/partner-admin',
      asSuper('POST', { userId: member.userId, partnerId: dormant }),
    );
    expect([made.status, (await json(made)).partnerId]).toEqual([201, dormant]);
    // The role only takes effect while the partner is active.
    const mint = await t.app.request(
      '/api/v1/partner-access',
      jsonRequest(
        'POST',
        { featureLiveChat: true, featureTherapy: false, therapySessionsRemaining: 0 },
        bearer(member.token),
      ),
    );
    expect([mint.status, (await json(mint)).message]).toEqual([403, 'FORBIDDEN']);
  });

  it('makes an existing user a partner admin, once', async () => {
    const res = await t.app.request(
      '/api/v1/partner-admin',
      asSuper('POST', { userId: member.userId, partnerId }),
    );
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({ ...record, userId: member.userId, partnerId });
    const twice = await t.app.request(
      '/api/v1/partner-admin',
      asSuper('POST', { userId: member.userId, partnerId }),
    );
    expect(twice.status).toBe(409);
    expect((await json(twice)).message).toBe('USER_ALREADY_PARTNER_ADMIN');
    const noUser = await t.app.request(
      '/api/v1/partner-admin',
      asSuper('POST', { userId: UNKNOWN, partnerId }),
    );
    expect([noUser.status, (await json(noUser)).message]).toEqual([404, 'USER_NOT_FOUND']);
    const noPartner = await t.app.request(
      '/api/v1/partner-admin',
      asSuper('POST', { userId: member.userId, partnerId: UNKNOWN }),
    );
    expect([noPartner.status, (await json(noPartner)).message]).toEqual([404, 'PARTNER_NOT_FOUND']);
    expect(
      (await t.app.request('/api/v1/partner-admin', asSuper('POST', { userId: 'x', partnerId }))).status,
    ).toBe(400);
  });

  it('lists partner admins with their user, optionally of one partner, and toggles them', async () => {
    const other = await insertPartner(t.database.orm, { name: 'Badoo' });
    const created = await json(
      await t.app.request('/api/v1/partner-admin', asSuper('POST', { userId: member.userId, partnerId })),
    );
    const list = await json(await t.app.request('/api/v1/partner-admin', asSuper('GET')));
    expect(list).toEqual([
      {
        ...created,
        user: { id: member.userId, name: 'Test User', email: member.email },
      },
    ]);
    expect(
      await json(await t.app.request(`/api/v1/partner-admin?partnerId=${other}`, asSuper('GET'))),
    ).toEqual([]);
    expect((await t.app.request('/api/v1/partner-admin?partnerId=nope', asSuper('GET'))).status).toBe(400);

    const off = await t.app.request(
      `/api/v1/partner-admin/${created.id}`,
      asSuper('PATCH', { active: false }),
    );
    expect(await json(off)).toMatchObject({ id: created.id, active: false });
    expect(
      (await t.app.request(`/api/v1/partner-admin/${UNKNOWN}`, asSuper('PATCH', { active: true }))).status,
    ).toBe(404);
    // A deactivated admin can no longer mint.
    const mint = { featureLiveChat: true, featureTherapy: false, therapySessionsRemaining: 0 };
    expect(
      (await t.app.request('/api/v1/partner-access', jsonRequest('POST', mint, bearer(member.token)))).status,
    ).toBe(403);
  });

  it('create-user makes the Firebase account, the user and the admin', async () => {
    const email = `${PREFIX}-new-${run}@example.com`;
    const res = await t.app.request(
      '/api/v1/partner-admin/create-user',
      asSuper('POST', { name: 'Ada Admin', email: ` ${email.toUpperCase()} `, partnerId }),
    );
    expect(res.status).toBe(201);
    const admin = await json(res);
    expect(admin).toEqual({ ...record, userId: expect.any(String), partnerId });
    const { host, projectId } = sharedFirebaseEmulator();
    expect(createdUids).toHaveLength(1);
    expect(await lookUpEmail(host, projectId, createdUids[0] ?? '')).toBe(email);
    const [user] = await t.database.orm.em
      .getConnection()
      .execute('select name, email, firebase_uid from "user" where id = ?', [admin.userId]);
    expect(user).toEqual({ name: 'Ada Admin', email, firebase_uid: createdUids[0] });
  });

  it('create-user promotes an existing user instead, and answers 409 when already an admin', async () => {
    const res = await t.app.request(
      '/api/v1/partner-admin/create-user',
      asSuper('POST', { name: 'M', email: member.email, partnerId }),
    );
    expect(res.status).toBe(201);
    expect((await json(res)).userId).toBe(member.userId);
    const again = await t.app.request(
      '/api/v1/partner-admin/create-user',
      asSuper('POST', { name: 'M', email: member.email, partnerId }),
    );
    expect([again.status, (await json(again)).message]).toEqual([409, 'USER_ALREADY_PARTNER_ADMIN']);
    expect(createdUids).toEqual([]);
  });

  it('create-user answers 404 for an unknown partner before touching Firebase, and 400 for a bad email', async () => {
    const email = `${PREFIX}-nobody-${run}@example.com`;
    const res = await t.app.request(
      '/api/v1/partner-admin/create-user',
      asSuper('POST', { name: 'N', email, partnerId: UNKNOWN }),
    );
    expect([res.status, (await json(res)).message]).toEqual([404, 'PARTNER_NOT_FOUND']);
    const bad = await t.app.request(
      '/api/v1/partner-admin/create-user',
      asSuper('POST', { name: 'N', email: 'nope', partnerId }),
    );
    expect(bad.status).toBe(400);
    expect(createdUids).toEqual([]);
  });

  it('create-user deletes the Firebase account again when the rows cannot be written', async () => {
    const email = `${PREFIX}-clash-${run}@example.com`;
    // A user row holding the same email appears between the check and the insert.
    await installClash(email);
    let res: Response;
    try {
      res = await t.app.request(
        '/api/v1/partner-admin/create-user',
        asSuper('POST', { name: 'Clash', email, partnerId }),
      );
    } finally {
      await t.database.orm.em.getConnection().execute('drop trigger clash on "user"');
    }
    expect(res.status).toBe(409);
    const { host, projectId } = sharedFirebaseEmulator();
    expect(createdUids).toHaveLength(1);
    expect(await lookUpEmail(host, projectId, createdUids[0] ?? '')).toBeNull();
  });

  /** Makes the next user insert fail: a trigger first inserts another row with the same email. */
  async function installClash(email: string): Promise<void> {
    const connection = t.database.orm.em.getConnection();
    await connection.execute(`create or replace function clash() returns trigger language plpgsql as $$
      begin
        insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id)
          values (gen_random_uuid(), 'clash-' || new.id, 'Clash', '${email}', 'PUBLIC_USER', gen_random_uuid());
        return new;
      end $$`);
    await connection.execute(`drop trigger if exists clash on "user"`);
    await connection.execute(
      `create trigger clash before insert on "user" for each row when (new.firebase_uid not like 'clash-%') execute function clash()`,
    );
  }
});
