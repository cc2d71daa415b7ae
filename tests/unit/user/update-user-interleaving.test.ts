import { describe, expect, it } from 'vitest';
import { InMemoryIdentityProvider } from '../../../src/adapters/auth/in-memory-identity-provider.js';
import { InMemoryProfileSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { InMemoryUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-user-repository.js';
import { UpdateUser, type UpdateUserInput } from '../../../src/application/user/update-user.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { User } from '../../../src/domain/user/user.js';
import { aUser } from '../../builders/user.builder.js';
import { FixedClock, NOW } from './user-harness.js';

/** Hands out copies, as a database does: a use case's early read does not see later writes. */
class CopyingUserRepository extends InMemoryUserRepository {
  override async findById(id: UserId): Promise<User | null> {
    const row = await super.findById(id);
    return row && (Object.assign(Object.create(User.prototype), row) as User);
  }
}

/**
 * Firebase as a slow request sees it: its first email change lands, then another request runs
 * from start to end, and only then does the first call answer.
 */
class InterleavingIdentityProvider extends InMemoryIdentityProvider {
  private meanwhile: (() => Promise<void>) | null = null;

  afterFirstEmailChange(work: () => Promise<void>): void {
    this.meanwhile = work;
  }

  override async updateEmail(uid: string, email: string): Promise<void> {
    await super.updateEmail(uid, email);
    const work = this.meanwhile;
    this.meanwhile = null;
    if (work) await work();
  }
}

type Request = Omit<UpdateUserInput, 'userId'>;

/** Runs `first`, with all of `second` between its Firebase call and its transaction. */
async function interleaved(first: Request, second: Request) {
  const users = new CopyingUserRepository();
  const identities = new InterleavingIdentityProvider();
  const user = aUser();
  await users.add(user);
  identities.addAccount({ uid: user.firebaseUid, email: user.email });
  const updateUser = new UpdateUser(
    users,
    identities,
    new InMemoryProfileSyncQueue(),
    new InMemoryUnitOfWork(),
    new FixedClock(NOW),
  );
  let secondOutcome: PromiseSettledResult<User> | undefined;
  identities.afterFirstEmailChange(async () => {
    [secondOutcome] = await Promise.allSettled([updateUser.execute({ ...second, userId: user.id })]);
  });
  const [firstOutcome] = await Promise.allSettled([updateUser.execute({ ...first, userId: user.id })]);
  return {
    first: firstOutcome,
    second: secondOutcome,
    firebaseEmail: identities.account(user.firebaseUid)?.email,
    rowEmail: (await users.findById(user.id))?.email,
  };
}

describe('UpdateUser racing another email change', () => {
  it('refuses the request whose Firebase change was overtaken, and Firebase ends as the row', async () => {
    const outcome = await interleaved(
      { details: { email: 'self@example.com' } },
      { details: { email: 'admin@example.com' }, admin: {} },
    );

    expect(outcome.second).toMatchObject({ status: 'fulfilled', value: { email: 'admin@example.com' } });
    expect(outcome.first).toMatchObject({
      status: 'rejected',
      reason: { kind: 'conflict', code: 'UPDATE_USER_CONFLICT' },
    });
    expect(outcome.rowEmail).toBe('admin@example.com');
    expect(outcome.firebaseEmail).toBe('admin@example.com');
  });

  it('lets both requests succeed when they set the same email', async () => {
    const outcome = await interleaved(
      { details: { email: 'same@example.com', name: 'First' } },
      { details: { email: 'same@example.com', name: 'Second' } },
    );

    expect(outcome.second).toMatchObject({ status: 'fulfilled' });
    expect(outcome.first).toMatchObject({ status: 'fulfilled', value: { name: 'First' } });
    expect(outcome.rowEmail).toBe('same@example.com');
    expect(outcome.firebaseEmail).toBe('same@example.com');
  });

  it('puts Firebase back to the email the row holds when the request fails for another reason', async () => {
    const outcome = await interleaved(
      { details: { email: 'self@example.com' } },
      { details: { email: 'admin@example.com' }, admin: { isActive: false } },
    );

    expect(outcome.first).toMatchObject({ status: 'rejected', reason: { code: 'USER_INACTIVE' } });
    expect(outcome.rowEmail).toBe('admin@example.com');
    expect(outcome.firebaseEmail).toBe('admin@example.com');
  });
});
