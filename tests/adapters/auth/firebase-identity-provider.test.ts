import { describe, expect, it } from 'vitest';
import { lookUpEmail, nextSecond, signIn } from '../../support/firebase-accounts.js';
import { emulatorFirebaseAdapters } from '../../support/firebase-auth.js';

const { host, projectId, identities, verifier, password } = emulatorFirebaseAdapters();

describe('FirebaseIdentityProvider against the Auth emulator', () => {
  describe('createAccount', () => {
    it('creates an account the user can sign in to', async () => {
      const { uid } = await identities.createAccount({
        email: 'create@example.com',
        password,
        displayName: 'Ada',
      });

      const token = await signIn(host, 'create@example.com', password);
      await expect(verifier.verify(token)).resolves.toMatchObject({ uid, email: 'create@example.com' });
    });

    it('refuses an email that already has an account with CREATE_USER_ALREADY_EXISTS', async () => {
      await identities.createAccount({ email: 'create-twice@example.com', password });

      await expect(
        identities.createAccount({ email: 'create-twice@example.com', password }),
      ).rejects.toMatchObject({
        kind: 'conflict',
        code: 'CREATE_USER_ALREADY_EXISTS',
      });
    });

    it('refuses an invalid email with CREATE_USER_INVALID_EMAIL', async () => {
      await expect(identities.createAccount({ email: 'not-an-email', password })).rejects.toMatchObject({
        kind: 'invalid',
        code: 'CREATE_USER_INVALID_EMAIL',
      });
    });

    it('refuses a password under 6 characters with CREATE_USER_WEAK_PASSWORD', async () => {
      await expect(
        identities.createAccount({ email: 'create-weak@example.com', password: '12345' }),
      ).rejects.toMatchObject({
        kind: 'invalid',
        code: 'CREATE_USER_WEAK_PASSWORD',
      });
    });
  });

  describe('updateEmail', () => {
    it('changes the email of the account', async () => {
      const { uid } = await identities.createAccount({ email: 'update-old@example.com', password });

      await identities.updateEmail(uid, 'update-new@example.com');

      expect(await lookUpEmail(host, projectId, uid)).toBe('update-new@example.com');
    });

    it('revokes the tokens issued before the change, as Firebase does', async () => {
      const { uid } = await identities.createAccount({ email: 'update-revokes@example.com', password });
      const oldToken = await signIn(host, 'update-revokes@example.com', password);
      await nextSecond();

      await identities.updateEmail(uid, 'update-revoked@example.com');

      await expect(verifier.verify(oldToken)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    });

    it('refuses an email another account has with UPDATE_USER_ALREADY_EXISTS', async () => {
      await identities.createAccount({ email: 'update-taken@example.com', password });
      const { uid } = await identities.createAccount({ email: 'update-taker@example.com', password });

      await expect(identities.updateEmail(uid, 'update-taken@example.com')).rejects.toMatchObject({
        kind: 'conflict',
        code: 'UPDATE_USER_ALREADY_EXISTS',
      });
    });

    it('refuses an invalid email with UPDATE_USER_INVALID_EMAIL', async () => {
      const { uid } = await identities.createAccount({ email: 'update-invalid@example.com', password });

      await expect(identities.updateEmail(uid, 'not-an-email')).rejects.toMatchObject({
        kind: 'invalid',
        code: 'UPDATE_USER_INVALID_EMAIL',
      });
    });

    it('fails with IDENTITY_PROVIDER_ERROR for an account that does not exist', async () => {
      await expect(identities.updateEmail('no-such-uid', 'update-nobody@example.com')).rejects.toMatchObject({
        kind: 'upstream',
        code: 'IDENTITY_PROVIDER_ERROR',
      });
    });
  });

  describe('deleteAccount and revokeRefreshTokens', () => {
    it('deletes an account, and deleting it again succeeds', async () => {
      const { uid } = await identities.createAccount({ email: 'delete@example.com', password });

      await identities.deleteAccount(uid);
      await identities.deleteAccount(uid);

      expect(await lookUpEmail(host, projectId, uid)).toBeNull();
    });

    it('revoking the tokens of an account that is gone succeeds', async () => {
      await expect(identities.revokeRefreshTokens('no-such-uid')).resolves.toBeUndefined();
    });
  });
});
