import { describe, expect, it } from 'vitest';
import { createAccount, unsignedExpiredToken } from '../../support/firebase-accounts.js';
import { emulatorFirebaseAdapters, firebaseAdaptersAt } from '../../support/firebase-auth.js';

const { host, projectId, identities, verifier, password } = emulatorFirebaseAdapters();

describe('FirebaseTokenVerifier against the Auth emulator', () => {
  it('returns the uid and email of a real token', async () => {
    const { uid, idToken } = await createAccount(host, 'verify-real@example.com', password);

    await expect(verifier.verify(idToken)).resolves.toEqual({
      uid,
      email: 'verify-real@example.com',
      emailVerified: false,
    });
  });

  it('refuses garbage with INVALID_TOKEN', async () => {
    await expect(verifier.verify('not-a-token')).rejects.toMatchObject({
      kind: 'unauthenticated',
      code: 'INVALID_TOKEN',
    });
  });

  it('refuses an expired token with ID_TOKEN_EXPIRED', async () => {
    const { uid } = await createAccount(host, 'verify-expired@example.com', password);

    await expect(verifier.verify(unsignedExpiredToken(uid, projectId))).rejects.toMatchObject({
      kind: 'unauthenticated',
      code: 'ID_TOKEN_EXPIRED',
    });
  });

  it('refuses a token of another project with INVALID_TOKEN', async () => {
    const { uid } = await createAccount(host, 'verify-other-project@example.com', password);
    const [header, payload] = unsignedExpiredToken(uid, 'demo-other').split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const fresh = { ...claims, exp: Math.floor(Date.now() / 1000) + 3600 };
    const token = `${header}.${Buffer.from(JSON.stringify(fresh)).toString('base64url')}.`;

    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  // Revocation is not checked in production (docs/decisions.md); in emulator mode firebase-admin
  // always looks the account up, so a deleted account's token fails here.
  it('refuses the token of a deleted account with INVALID_TOKEN', async () => {
    const { uid, idToken } = await createAccount(host, 'verify-deleted@example.com', password);
    await identities.deleteAccount(uid);

    await expect(verifier.verify(idToken)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });
});

describe('FirebaseTokenVerifier when Firebase does not answer', () => {
  const unreachable = firebaseAdaptersAt('127.0.0.1:9', projectId);

  it('answers SERVICE_UNAVAILABLE, not INVALID_TOKEN, for a token it could not check', async () => {
    const { idToken } = await createAccount(host, 'verify-unreachable@example.com', password);

    await expect(unreachable.verifier.verify(idToken)).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'SERVICE_UNAVAILABLE',
    });
  });
});
