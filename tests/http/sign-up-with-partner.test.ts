import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { insertPartner, insertPartnerAccess } from '../support/fixtures.js';
import { overrideIdentityProvider } from '../support/identity-provider.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds, SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

const kind = databaseKinds.at(-1);
const PASSWORD = 'correct-horse-battery';
const email = (name: string) => `signup-partner-${name}@example.com`;
const RACERS = 8;

describe(`sign-up with a partner (${kind})`, () => {
  let t: TestApplication;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    partnerId = await insertPartner(t.database.orm, { name: 'Bumble' });
  });

  const signUp = (name: string, extra: Record<string, unknown>) =>
    t.app.request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: 'Alex',
        email: email(name),
        password: PASSWORD,
        contactPermission: false,
        ...extra,
      }),
    );
  const hasFirebaseAccount = (name: string) =>
    signIn(sharedFirebaseEmulator().host, email(name), PASSWORD).then(
      () => true,
      () => false,
    );
  const sql = (text: string, params: unknown[] = []) =>
    t.database.orm.em.getConnection().execute(text, params);
  const enableAutomaticAccess = async (active = true) => {
    const [feature] = await sql(`select id from feature where name = 'AUTOMATIC_ACCESS_CODE'`);
    await sql(
      'insert into partner_feature (id, partner_id, feature_id, active) values (gen_random_uuid(), ?, ?, ?)',
      [partnerId, feature.id, active],
    );
  };

  it('with a code: claims it for the new user (PARTNER_USER_WITH_CODE)', async () => {
    await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      access_code: 'SIGNUP',
      feature_therapy: true,
    });
    const res = await signUp('code', { partnerAccessCode: ' signup ' });
    expect(res.status).toBe(201);
    const profile = await json(res);
    expect(profile.partnerAccesses).toHaveLength(1);
    expect(profile.partnerAccesses[0]).toMatchObject({
      accessCode: 'SIGNUP',
      featureTherapy: true,
      partner: { id: partnerId },
    });
    expect(profile.partnerAccesses[0].activatedAt).toEqual(expect.any(String));
    const [user] = await sql(`select sign_up_type from "user" where id = ?`, [profile.user.id]);
    expect(user.sign_up_type).toBe('PARTNER_USER_WITH_CODE');
  });

  it.each([
    ['ABC', 400, 'INVALID_CODE'],
    ['ZZZZZZ', 400, 'DOES_NOT_EXIST'],
    ['TAKEN1', 409, 'ALREADY_IN_USE'],
  ])('with code %s: %i %s before any account is made', async (code, status, message) => {
    const [holder] = await sql(
      `insert into "user" (id, firebase_uid, name, email, sign_up_type, crisp_token_id)
       values (gen_random_uuid(), 'holder', 'H', 'holder@example.com', 'PUBLIC_USER', gen_random_uuid()) returning id`,
    );
    await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      access_code: 'TAKEN1',
      user_id: holder.id,
    });
    const name = `refused-${code.toLowerCase()}`;
    const res = await signUp(name, { partnerAccessCode: code });
    expect(res.status).toBe(status);
    expect((await json(res)).message).toBe(message);
    expect(await hasFirebaseAccount(name)).toBe(false);
    expect(await sql(`select id from "user" where email = ?`, [email(name)])).toHaveLength(0);
  });

  it('with a partnerId: gets an automatic access with chat and no therapy (PARTNER_USER_WITHOUT_CODE)', async () => {
    await enableAutomaticAccess();
    const res = await signUp('automatic', { partnerId });
    expect(res.status).toBe(201);
    const profile = await json(res);
    expect(profile.partnerAccesses).toEqual([
      expect.objectContaining({
        accessCode: null,
        featureLiveChat: true,
        featureTherapy: false,
        therapySessionsRemaining: 0,
        therapySessionsRedeemed: 0,
        active: true,
        activatedAt: expect.any(String),
        partner: expect.objectContaining({ id: partnerId, name: 'Bumble' }),
      }),
    ]);
    const [user] = await sql(`select sign_up_type from "user" where id = ?`, [profile.user.id]);
    expect(user.sign_up_type).toBe('PARTNER_USER_WITHOUT_CODE');
  });

  it('with a partnerId: 400 PARTNER_NOT_FOUND or PARTNER_FEATURE_NOT_ENABLED, and no account', async () => {
    const unknown = await signUp('no-partner', { partnerId: '6f2d0a8e-0000-4000-8000-00000000abcd' });
    expect([unknown.status, (await json(unknown)).message]).toEqual([400, 'PARTNER_NOT_FOUND']);
    await enableAutomaticAccess(false);
    const disabled = await signUp('no-feature', { partnerId });
    expect([disabled.status, (await json(disabled)).message]).toEqual([400, 'PARTNER_FEATURE_NOT_ENABLED']);
    expect(await hasFirebaseAccount('no-partner')).toBe(false);
    expect(await hasFirebaseAccount('no-feature')).toBe(false);
    expect(await sql(`select id from partner_access`)).toHaveLength(0);
  });

  describe.skipIf(!TEST_DATABASE_URL)(
    `racing sign-ups${TEST_DATABASE_URL ? '' : ` (${SKIP_WITHOUT_POSTGRES})`}`,
    () => {
      it(`gives one code to exactly one of ${RACERS} concurrent sign-ups and leaves no orphan account`, async () => {
        await insertPartnerAccess(t.database.orm, { partner_id: partnerId, access_code: 'RACE99' });
        const names = Array.from({ length: RACERS }, (_, i) => `racer-${i}`);
        const responses = await Promise.all(
          names.map((name) => signUp(name, { partnerAccessCode: 'RACE99' })),
        );
        const statuses = responses.map((res) => res.status);
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - 1);
        for (const res of responses.filter((r) => r.status === 409))
          expect((await json(res)).message).toBe('ALREADY_IN_USE');

        const winner = names[statuses.indexOf(201)] ?? '';
        const users = await sql(`select email from "user"`);
        expect(users.map((u: { email: string }) => u.email)).toEqual([email(winner)]);
        const [access] = await sql(`select u.email from partner_access a join "user" u on u.id = a.user_id`);
        expect(access.email).toBe(email(winner));
        const accounts = await Promise.all(names.map(hasFirebaseAccount));
        expect(accounts.filter(Boolean)).toHaveLength(1);
        expect(await hasFirebaseAccount(winner)).toBe(true);
      });
    },
  );
});

describe(`sign-up with a partnerId deactivated meanwhile (${kind})`, () => {
  let t: TestApplication;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApplication({
      kind,
      // The partner is switched off while Firebase makes the account: after `check`, before `enrol`.
      override: (container) =>
        overrideIdentityProvider(container, (real) => ({
          createAccount: async (input) => {
            const account = await real.createAccount(input);
            await t.database.orm.em
              .getConnection()
              .execute('update partner set is_active = false where id = ?', [partnerId]);
            return account;
          },
        })),
    });
    partnerId = await insertPartner(t.database.orm, { name: 'Fading Partner' });
    const sql = (text: string, params: unknown[] = []) =>
      t.database.orm.em.getConnection().execute(text, params);
    const [feature] = await sql(`select id from feature where name = 'AUTOMATIC_ACCESS_CODE'`);
    await sql(
      'insert into partner_feature (id, partner_id, feature_id, active) values (gen_random_uuid(), ?, ?, true)',
      [partnerId, feature.id],
    );
  });
  afterAll(() => t.close());

  it('is refused with 400 PARTNER_NOT_FOUND, leaving no user, access or account', async () => {
    const res = await t.app.request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: 'Alex',
        email: email('fading'),
        password: PASSWORD,
        contactPermission: false,
        partnerId,
      }),
    );
    expect([res.status, (await json(res)).message]).toEqual([400, 'PARTNER_NOT_FOUND']);
    const sql = (text: string) => t.database.orm.em.getConnection().execute(text);
    expect(await sql(`select id from "user"`)).toHaveLength(0);
    expect(await sql(`select id from partner_access`)).toHaveLength(0);
    const exists = await signIn(sharedFirebaseEmulator().host, email('fading'), PASSWORD).then(
      () => true,
      () => false,
    );
    expect(exists).toBe(false);
  });
});
