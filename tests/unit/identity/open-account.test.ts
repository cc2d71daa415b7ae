import { describe, expect, it } from 'vitest';
import { InMemoryIdentityProvider } from '../../../src/adapters/auth/in-memory-identity-provider.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { RecordingOperationsLog } from '../../../src/adapters/system/recording-operations-log.js';
import { OpenAccount } from '../../../src/application/identity/open-account.js';
import {
  CreateUserFirebaseError,
  IdentityProviderError,
} from '../../../src/domain/identity/identity-errors.js';
import { UserEmailTaken } from '../../../src/domain/user/user-errors.js';

const ACCOUNT = { email: 'robin@example.com', password: 'long-enough-password', displayName: 'Robin' };

function harness() {
  const identities = new InMemoryIdentityProvider();
  const log = new RecordingOperationsLog();
  return { identities, log, open: new OpenAccount(identities, new InMemoryUnitOfWork(), log) };
}

describe('OpenAccount (SPEC 5.1 steps 3 to 5)', () => {
  it('creates the account, writes the rows with its uid, and answers what they answer', async () => {
    const h = harness();
    let seenUid = '';
    const answer = await h.open.execute(ACCOUNT, async (uid) => {
      seenUid = uid;
      return 'written';
    });
    expect(answer).toBe('written');
    expect(h.identities.account(seenUid)).toMatchObject({ email: 'robin@example.com', displayName: 'Robin' });
    expect(h.log.events).toEqual([]);
  });

  it('writes nothing when the identity provider refuses the account', async () => {
    const h = harness();
    h.identities.failNext('createAccount', new CreateUserFirebaseError());
    let wrote = false;
    const opening = h.open.execute(ACCOUNT, async () => {
      wrote = true;
    });
    await expect(opening).rejects.toMatchObject({ code: 'CREATE_USER_FIREBASE_ERROR' });
    expect(wrote).toBe(false);
  });

  it('deletes the account again when the rows fail, and answers their error', async () => {
    const h = harness();
    const opening = h.open.execute(ACCOUNT, async () => {
      throw new Error('database went away');
    });
    await expect(opening).rejects.toThrow('database went away');
    expect(h.identities.accountByEmail(ACCOUNT.email)).toBeUndefined();
    expect(h.log.events).toEqual([]);
  });

  it('answers CREATE_USER_ALREADY_EXISTS when the database finds the email taken', async () => {
    const h = harness();
    const opening = h.open.execute(ACCOUNT, async () => {
      throw new UserEmailTaken();
    });
    await expect(opening).rejects.toMatchObject({ kind: 'conflict', code: 'CREATE_USER_ALREADY_EXISTS' });
    expect(h.identities.accountByEmail(ACCOUNT.email)).toBeUndefined();
  });

  it('logs the orphan (uid and code only) when even the deletion fails, and still answers the first error', async () => {
    const h = harness();
    h.identities.failNext('deleteAccount', new IdentityProviderError('auth/internal-error'));
    const opening = h.open.execute(ACCOUNT, async () => {
      throw new Error('database went away');
    });
    await expect(opening).rejects.toThrow('database went away');
    const orphan = h.identities.accountByEmail(ACCOUNT.email);
    expect(orphan).toBeDefined();
    expect(h.log.events).toEqual([
      {
        event: expect.stringContaining('delete it by hand'),
        fields: { firebaseUid: orphan?.uid, code: 'IDENTITY_PROVIDER_ERROR' },
      },
    ]);
    expect(JSON.stringify(h.log.events)).not.toContain(ACCOUNT.email);
  });
});
