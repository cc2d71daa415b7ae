import { describe, expect, it } from 'vitest';
import { CachedTokenVerifier } from '../../../src/adapters/auth/cached-token-verifier.js';
import { createAccount } from '../../support/firebase-accounts.js';
import { emulatorFirebaseAdapters } from '../../support/firebase-auth.js';

const { host, identities, verifier, password } = emulatorFirebaseAdapters();

/** The cache over the real emulator-backed verifier, with a clock the test moves. */
function cached(maxEntries = 100) {
  const clock = { ms: Date.now() };
  return { clock, tokens: new CachedTokenVerifier(verifier, { maxEntries, now: () => clock.ms }) };
}

const expiryOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number }).exp * 1000;

describe('CachedTokenVerifier over the Auth emulator', () => {
  it('answers a verified token from memory until the token expires, then asks again', async () => {
    const { clock, tokens } = cached();
    const { uid, idToken } = await createAccount(host, 'cache-expiry@example.com', password);
    const claims = { uid, email: 'cache-expiry@example.com', emailVerified: false };
    await expect(tokens.verify(idToken)).resolves.toEqual(claims);

    // The emulator would now refuse the token (its account is gone): the remembered claims stand
    // until the token's expiry, as with production's local verification.
    await identities.deleteAccount(uid);
    await expect(verifier.verify(idToken)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    clock.ms = expiryOf(idToken) - 1;
    await expect(tokens.verify(idToken)).resolves.toEqual(claims);

    clock.ms = expiryOf(idToken);
    await expect(tokens.verify(idToken)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('never remembers a failure', async () => {
    const { tokens } = cached();
    await expect(tokens.verify('not-a-token')).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    await expect(tokens.verify('not-a-token')).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('forgets the oldest token beyond maxEntries', async () => {
    const { tokens } = cached(1);
    const first = await createAccount(host, 'cache-first@example.com', password);
    const second = await createAccount(host, 'cache-second@example.com', password);
    await tokens.verify(first.idToken);
    await tokens.verify(second.idToken);
    await identities.deleteAccount(first.uid);
    await identities.deleteAccount(second.uid);

    await expect(tokens.verify(second.idToken)).resolves.toMatchObject({ uid: second.uid });
    await expect(tokens.verify(first.idToken)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('shares one verification between concurrent requests with the same token', async () => {
    const { tokens } = cached();
    const { uid, idToken } = await createAccount(host, 'cache-concurrent@example.com', password);
    const pending = [tokens.verify(idToken), tokens.verify(idToken)];
    expect(pending[0]).toBe(pending[1]);
    await expect(Promise.all(pending)).resolves.toEqual([
      expect.objectContaining({ uid }),
      expect.objectContaining({ uid }),
    ]);
  });
});
