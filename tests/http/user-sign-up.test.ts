import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IdGenerator } from '../../src/domain/shared/id-generator.js';
import { domainError } from '../../src/domain/shared/domain-error.js';
import { SignUpEnrolment } from '../../src/domain/partner-access/sign-up-enrolment.js';
import { FakeSignUpEnrolment } from '../unit/user/user-harness.js';
import { createAccount, signIn } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { bearer, insertUser } from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const { host } = sharedFirebaseEmulator();
const email = (name: string) => `signup-http-${name}@example.com`;
const PASSWORD = 'correct-horse-battery';
const FIXED_ID = '3a3a3a3a-0000-4000-8000-000000000001';

class AlreadyInUse extends domainError('conflict', 'ALREADY_IN_USE') {}

describe(`POST /api/v1/user (${kind})`, () => {
  let t: TestApplication;
  const enrolment = new FakeSignUpEnrolment();
  let fixedIds = false;
  const signUp = (body: unknown) => t.app.request('/api/v1/user', jsonRequest('POST', body));
  const valid = (name: string) => ({
    name: 'Alex Example',
    email: email(name),
    password: PASSWORD,
    contactPermission: false,
  });
  const userCount = async () => {
    const rows: { n: number | string }[] = await t.database.orm.em
      .getConnection()
      .execute(`select count(*) as n from "user"`);
    return Number(rows[0]?.n);
  };
  const firebaseHas = (address: string) =>
    signIn(host, address, PASSWORD).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    t = await createTestApplication({
      kind,
      override: (container) => {
        container.register(SignUpEnrolment, { useValue: enrolment });
        const real = container.resolve<IdGenerator>(IdGenerator);
        container.register(IdGenerator, { useValue: { uuid: () => (fixedIds ? FIXED_ID : real.uuid()) } });
      },
    });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    enrolment.refuseCheckWith = null;
    enrolment.refuseEnrolWith = null;
    fixedIds = false;
  });

  it('201: creates the Firebase account and the user, answering the profile; the token works', async () => {
    const res = await signUp({
      ...valid('public'),
      email: `  ${email('Public').toUpperCase()} `,
      signUpLanguage: 'es',
      emailRemindersFrequency: 'ONE_MONTH',
      partnerAccessCode: '',
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      user: {
        id: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        deletedAt: null,
        name: 'Alex Example',
        email: email('public'),
        firebaseUid: expect.any(String),
        isActive: true,
        lastActiveAt: expect.any(String),
        crispTokenId: expect.any(String),
        isSuperAdmin: false,
        signUpLanguage: 'es',
        emailRemindersFrequency: 'ONE_MONTH',
        contactPermission: false,
        serviceEmailsPermission: true,
      },
      partnerAccesses: [],
      partnerAdmin: null,
      courses: [],
      resources: [],
    });
    const rows: { sign_up_type: string }[] = await t.database.orm.em
      .getConnection()
      .execute(`select sign_up_type from "user" where id = ?`, [body.user.id]);
    expect(rows[0]?.sign_up_type).toBe('PUBLIC_USER');
    const jobs = await t.database.orm.em
      .getConnection()
      .execute(`select 1 from profile_sync_job where user_id = ?`, [body.user.id]);
    expect(jobs).toHaveLength(1);

    const token = await signIn(host, email('public'), PASSWORD);
    const me = await t.app.request('/api/v1/user/me', { headers: bearer(token) });
    expect((await json(me)).user.id).toBe(body.user.id);
  });

  it('ignores isSuperAdmin, id, firebaseUid and signUpType in the body', async () => {
    const res = await signUp({
      ...valid('sneaky'),
      isSuperAdmin: true,
      isActive: false,
      id: FIXED_ID,
      firebaseUid: 'chosen-uid',
      signUpType: 'PARTNER_USER_WITH_CODE',
    });
    expect(res.status).toBe(201);
    const { user } = await json(res);
    expect(user).toMatchObject({ isSuperAdmin: false, isActive: true });
    expect(user.id).not.toBe(FIXED_ID);
    expect(user.firebaseUid).not.toBe('chosen-uid');
  });

  it.each([
    ['an invalid email', { email: 'not-an-email' }, 'CREATE_USER_INVALID_EMAIL'],
    ['an over-long email', { email: `${'a'.repeat(300)}@example.com` }, 'CREATE_USER_INVALID_EMAIL'],
    ['a short password', { password: '1234567' }, 'CREATE_USER_WEAK_PASSWORD'],
    ['no name', { name: undefined }, 'VALIDATION_FAILED'],
    ['an empty name', { name: '   ' }, 'VALIDATION_FAILED'],
    ['a 201-character name', { name: 'n'.repeat(201) }, 'VALIDATION_FAILED'],
    ['a string contactPermission', { contactPermission: 'yes' }, 'VALIDATION_FAILED'],
    ['an unknown frequency', { emailRemindersFrequency: 'DAILY' }, 'VALIDATION_FAILED'],
    ['a non-UUID partnerId', { partnerId: 'partner-1' }, 'VALIDATION_FAILED'],
    ['a numeric email', { email: 42 }, 'VALIDATION_FAILED'],
    ['a bad language', { signUpLanguage: 'english language' }, 'VALIDATION_FAILED'],
  ])('400 for %s, and nothing written', async (_case, change, message) => {
    const res = await signUp({ ...valid('invalid'), ...change });
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBe(message);
    expect(await userCount()).toBe(0);
    expect(await firebaseHas(email('invalid'))).toBe(false);
  });

  it('400 VALIDATION_FAILED for malformed JSON', async () => {
    const res = await signUp('{"name": ');
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBe('VALIDATION_FAILED');
    expect(await userCount()).toBe(0);
  });

  it('409 CREATE_USER_ALREADY_EXISTS when a Bloom user has the email (any case), before Firebase', async () => {
    await insertUser(t.database.orm, { email: email('taken') });
    const res = await signUp({ ...valid('taken'), email: email('TAKEN') });
    expect(res.status).toBe(409);
    expect((await json(res)).message).toBe('CREATE_USER_ALREADY_EXISTS');
    expect(await firebaseHas(email('taken'))).toBe(false);
  });

  it('409 CREATE_USER_ALREADY_EXISTS when only Firebase has the email', async () => {
    await createAccount(host, email('firebase-only'), 'another-password');
    const res = await signUp(valid('firebase-only'));
    expect(res.status).toBe(409);
    expect((await json(res)).message).toBe('CREATE_USER_ALREADY_EXISTS');
    expect(await userCount()).toBe(0);
  });

  it('with a code: the partner check runs first and its refusal creates nothing', async () => {
    enrolment.refuseCheckWith = new AlreadyInUse();
    const res = await signUp({ ...valid('code-refused'), partnerAccessCode: 'abc234' });
    expect(res.status).toBe(409);
    expect((await json(res)).message).toBe('ALREADY_IN_USE');
    expect(await firebaseHas(email('code-refused'))).toBe(false);
    expect(await userCount()).toBe(0);
  });

  it('no orphan: when enrolment fails inside the transaction, the row and the account are gone', async () => {
    enrolment.refuseEnrolWith = new AlreadyInUse();
    const res = await signUp({ ...valid('enrol-fails'), partnerAccessCode: 'ABC234' });
    expect(res.status).toBe(409);
    expect((await json(res)).message).toBe('ALREADY_IN_USE');
    expect(await userCount()).toBe(0);
    const jobs = await t.database.orm.em.getConnection().execute(`select 1 from profile_sync_job`);
    expect(jobs).toHaveLength(0);
    expect(await firebaseHas(email('enrol-fails'))).toBe(false);
  });

  it('no orphan: when the user insert fails, the Firebase account is deleted again', async () => {
    await insertUser(t.database.orm, { id: FIXED_ID, email: email('holder') });
    fixedIds = true;
    const res = await signUp(valid('insert-fails'));
    expect(res.status).toBe(500);
    expect(await userCount()).toBe(1);
    expect(await firebaseHas(email('insert-fails'))).toBe(false);
  });

  it('records the sign-up type of a partner user', async () => {
    const res = await signUp({ ...valid('partner'), partnerId: '7b1f0000-0000-4000-8000-000000000001' });
    expect(res.status).toBe(201);
    const { user } = await json(res);
    const rows: { sign_up_type: string }[] = await t.database.orm.em
      .getConnection()
      .execute(`select sign_up_type from "user" where id = ?`, [user.id]);
    expect(rows[0]?.sign_up_type).toBe('PARTNER_USER_WITHOUT_CODE');
  });
});
