import { describe, expect, it } from 'vitest';
import {
  CreateUserFirebaseError,
  IdentityProviderError,
} from '../../../src/domain/identity/identity-errors.js';
import { domainError } from '../../../src/domain/shared/domain-error.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { aUser } from '../../builders/user.builder.js';
import { NOW, signUpInput, userHarness } from './user-harness.js';

class AlreadyInUse extends domainError('conflict', 'ALREADY_IN_USE') {}

describe('SignUp', () => {
  it('creates the account and a public user, enqueues the sync, and answers the profile', async () => {
    const h = userHarness();
    const profile = await h.signUp.execute({
      ...signUpInput,
      email: '  Robin@Example.COM ',
      name: ' Robin ',
    });

    expect(profile.user).toMatchObject({
      email: 'robin@example.com',
      name: 'Robin',
      isActive: true,
      isSuperAdmin: false,
      contactPermission: true,
      serviceEmailsPermission: true,
      emailRemindersFrequency: 'NEVER',
      signUpLanguage: null,
      lastActiveAt: NOW,
      createdAt: NOW,
      deletedAt: null,
    });
    expect(profile).toMatchObject({ partnerAccesses: [], partnerAdmin: null, courses: [] });
    const stored = h.users.all()[0];
    expect(stored?.signUpType).toBe('PUBLIC_USER');
    expect(h.identities.account(stored?.firebaseUid ?? '')?.email).toBe('robin@example.com');
    expect(h.queue.queued).toEqual(new Set([profile.user.id]));
    expect(h.enrolment.checked).toEqual([]);
  });

  it.each(['not-an-email', 'a@b', 'robin#x@example.com', `${'a'.repeat(250)}@example.com`])(
    'refuses the email %s with CREATE_USER_INVALID_EMAIL before Firebase',
    async (email) => {
      const h = userHarness();
      await expect(h.signUp.execute({ ...signUpInput, email })).rejects.toMatchObject({
        kind: 'invalid',
        code: 'CREATE_USER_INVALID_EMAIL',
      });
      expect(h.identities.accountByEmail(email)).toBeUndefined();
    },
  );

  it('refuses a password under 8 characters with CREATE_USER_WEAK_PASSWORD', async () => {
    const h = userHarness();
    await expect(h.signUp.execute({ ...signUpInput, password: '1234567' })).rejects.toMatchObject({
      code: 'CREATE_USER_WEAK_PASSWORD',
    });
    expect(h.identities.accountByEmail(signUpInput.email)).toBeUndefined();
  });

  it('refuses an email that already has a Bloom user (any case) with 409 before Firebase', async () => {
    const h = userHarness();
    await h.users.add(aUser({ email: 'robin@example.com' }));

    await expect(h.signUp.execute({ ...signUpInput, email: 'ROBIN@example.com' })).rejects.toMatchObject({
      kind: 'conflict',
      code: 'CREATE_USER_ALREADY_EXISTS',
    });
    expect(h.identities.accountByEmail('robin@example.com')).toBeUndefined();
  });

  it('with a code: checks it first, then enrols the new user with the normalised code', async () => {
    const h = userHarness();
    const profile = await h.signUp.execute({ ...signUpInput, partnerAccessCode: ' abc234 ' });

    const request = { kind: 'code', partnerAccessCode: 'ABC234' };
    expect(h.enrolment.checked).toEqual([request]);
    expect(h.enrolment.enrolled).toEqual([{ userId: profile.user.id, request }]);
    expect(h.users.all()[0]?.signUpType).toBe('PARTNER_USER_WITH_CODE');
  });

  it('with an empty code and a partner id: enrols through the partner', async () => {
    const h = userHarness();
    const partnerId = '7b1f0000-0000-4000-8000-000000000001';
    await h.signUp.execute({ ...signUpInput, partnerAccessCode: '', partnerId });

    expect(h.enrolment.checked).toEqual([{ kind: 'partner', partnerId }]);
    expect(h.users.all()[0]?.signUpType).toBe('PARTNER_USER_WITHOUT_CODE');
  });

  it('creates no Firebase account when the code check fails', async () => {
    const h = userHarness();
    h.enrolment.refuseCheckWith = new AlreadyInUse();

    await expect(h.signUp.execute({ ...signUpInput, partnerAccessCode: 'ABC234' })).rejects.toMatchObject({
      code: 'ALREADY_IN_USE',
    });
    expect(h.identities.accountByEmail(signUpInput.email)).toBeUndefined();
  });

  it('deletes the Firebase account again when the database part fails (no orphan)', async () => {
    const h = userHarness();
    h.enrolment.refuseEnrolWith = new AlreadyInUse();

    await expect(h.signUp.execute({ ...signUpInput, partnerAccessCode: 'ABC234' })).rejects.toMatchObject({
      code: 'ALREADY_IN_USE',
    });
    expect(h.identities.accountByEmail(signUpInput.email)).toBeUndefined();
  });

  it('deletes the Firebase account again when the user insert itself fails', async () => {
    const h = userHarness();
    h.users.add = async () => {
      throw new Error('database went away');
    };

    await expect(h.signUp.execute(signUpInput)).rejects.toThrow('database went away');
    expect(h.identities.accountByEmail(signUpInput.email)).toBeUndefined();
  });

  it('logs the orphan (uid and code only) when even the compensating deletion fails', async () => {
    const h = userHarness();
    h.enrolment.refuseEnrolWith = new AlreadyInUse();
    h.identities.failNext('deleteAccount', new IdentityProviderError('auth/internal-error'));

    await expect(h.signUp.execute({ ...signUpInput, partnerAccessCode: 'ABC234' })).rejects.toMatchObject({
      code: 'ALREADY_IN_USE',
    });
    const orphan = h.identities.accountByEmail(signUpInput.email);
    expect(h.operations.events).toEqual([
      {
        event: expect.stringContaining('delete it by hand'),
        fields: { firebaseUid: orphan?.uid, code: 'IDENTITY_PROVIDER_ERROR' },
      },
    ]);
    expect(JSON.stringify(h.operations.events)).not.toContain(signUpInput.email);
  });

  it('checks the code (step 2) before the email is found taken (step 3)', async () => {
    const h = userHarness();
    await h.signUp.execute(signUpInput);
    h.enrolment.refuseCheckWith = new AlreadyInUse();

    await expect(h.signUp.execute({ ...signUpInput, partnerAccessCode: 'ABC234' })).rejects.toMatchObject({
      code: 'ALREADY_IN_USE',
    });
  });

  it('treats a whitespace-only code as a code, which the checks refuse', async () => {
    const h = userHarness();
    await h.signUp.execute({ ...signUpInput, partnerAccessCode: '   ' }).catch(() => undefined);
    expect(h.enrolment.checked).toEqual([{ kind: 'code', partnerAccessCode: '' }]);
  });

  it('passes Firebase refusals through', async () => {
    const h = userHarness();
    h.identities.failNext('createAccount', new CreateUserFirebaseError());
    await expect(h.signUp.execute(signUpInput)).rejects.toMatchObject({ kind: 'upstream' });
    expect(h.users.all()).toEqual([]);
  });

  it('keeps optional preferences', async () => {
    const h = userHarness();
    const profile = await h.signUp.execute({
      ...signUpInput,
      serviceEmailsPermission: false,
      emailRemindersFrequency: 'ONE_MONTH',
      signUpLanguage: 'es',
    });
    expect(profile.user).toMatchObject({
      serviceEmailsPermission: false,
      emailRemindersFrequency: 'ONE_MONTH',
      signUpLanguage: 'es',
    });
    expect(h.queue.queued.has(profile.user.id as UserId)).toBe(true);
  });
});
