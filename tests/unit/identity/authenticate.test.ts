import { describe, expect, it } from 'vitest';
import { InMemoryIdentityProvider } from '../../../src/adapters/auth/in-memory-identity-provider.js';
import { InMemoryTokenVerifier } from '../../../src/adapters/auth/in-memory-token-verifier.js';
import { InMemoryActorDirectory } from '../../../src/adapters/persistence/in-memory/in-memory-actor-directory.js';
import { Authenticate } from '../../../src/application/identity/authenticate.js';
import type { ActorRecord } from '../../../src/domain/identity/actor.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../src/domain/shared/ids.js';

const USER_ID = '1c7e5a40-0000-4000-8000-000000000001' as UserId;

function setUp(
  options: {
    domain?: string | null;
    record?: Partial<ActorRecord> | null;
    email?: string;
    verified?: boolean;
  } = {},
) {
  const identities = new InMemoryIdentityProvider();
  const email = options.email ?? 'sam@chayn.co';
  identities.addAccount({ uid: 'uid-sam', email, emailVerified: options.verified ?? true });
  const directory = new InMemoryActorDirectory();
  if (options.record !== null) {
    directory.records.set('uid-sam', {
      userId: USER_ID,
      email,
      isActive: true,
      deletedAt: null,
      isSuperAdmin: false,
      partnerAdmin: null,
      ...options.record,
    });
  }
  const authenticate = new Authenticate(new InMemoryTokenVerifier(identities), directory, {
    superAdminEmailDomain: options.domain ?? null,
  });
  return { authenticate, token: identities.issueToken('uid-sam'), identities };
}

describe('Authenticate', () => {
  it('turns a valid token of an active user into their actor', async () => {
    const admin = { id: 'a1' as PartnerAdminId, partnerId: 'p1' as PartnerId };
    const { authenticate, token } = setUp({ record: { partnerAdmin: admin } });

    await expect(authenticate.execute(token)).resolves.toEqual({
      userId: USER_ID,
      firebaseUid: 'uid-sam',
      isSuperAdmin: false,
      partnerAdmin: admin,
    });
  });

  it('refuses a valid token with no Bloom user: USER_NOT_FOUND (403)', async () => {
    const { authenticate, token } = setUp({ record: null });
    await expect(authenticate.execute(token)).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'USER_NOT_FOUND',
    });
  });

  it('refuses a deactivated user: USER_INACTIVE (403)', async () => {
    const { authenticate, token } = setUp({ record: { isActive: false } });
    await expect(authenticate.execute(token)).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'USER_INACTIVE',
    });
  });

  it('refuses a deleted user even if the row still says active: USER_INACTIVE', async () => {
    const { authenticate, token } = setUp({ record: { deletedAt: new Date('2026-01-01T00:00:00Z') } });
    await expect(authenticate.execute(token)).rejects.toMatchObject({ code: 'USER_INACTIVE' });
  });

  it('passes token failures through (INVALID_TOKEN, ID_TOKEN_EXPIRED)', async () => {
    const { authenticate, identities } = setUp();
    await expect(authenticate.execute('garbage')).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    const expired = identities.issueToken('uid-sam', { expired: true });
    await expect(authenticate.execute(expired)).rejects.toMatchObject({ code: 'ID_TOKEN_EXPIRED' });
  });

  it('makes a super admin of the row flag when no domain is configured', async () => {
    const { authenticate, token } = setUp({
      record: { isSuperAdmin: true },
      email: 'sam@example.com',
      verified: false,
    });
    await expect(authenticate.execute(token)).resolves.toMatchObject({ isSuperAdmin: true });
  });

  it('never makes a super admin of a user without the flag', async () => {
    const { authenticate, token } = setUp({ domain: 'chayn.co' });
    await expect(authenticate.execute(token)).resolves.toMatchObject({ isSuperAdmin: false });
  });

  describe('with SUPER_ADMIN_EMAIL_DOMAIN', () => {
    it('accepts a verified email in exactly that domain', async () => {
      const { authenticate, token } = setUp({ domain: 'chayn.co', record: { isSuperAdmin: true } });
      await expect(authenticate.execute(token)).resolves.toMatchObject({ isSuperAdmin: true });
    });

    it('refuses an unverified email in the domain', async () => {
      const { authenticate, token } = setUp({
        domain: 'chayn.co',
        record: { isSuperAdmin: true },
        verified: false,
      });
      await expect(authenticate.execute(token)).resolves.toMatchObject({ isSuperAdmin: false });
    });

    it.each(['sam@sub.chayn.co', 'sam@notchayn.co', 'sam@chayn.co.evil.com', 'sam@example.com'])(
      'refuses %s (not exactly the domain)',
      async (email) => {
        const { authenticate, token } = setUp({ domain: 'chayn.co', record: { isSuperAdmin: true }, email });
        await expect(authenticate.execute(token)).resolves.toMatchObject({ isSuperAdmin: false });
      },
    );
  });
});
