import { describe, expect, it } from 'vitest';
import { IdentityProviderError } from '../../../src/domain/identity/identity-errors.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { aUser } from '../../builders/user.builder.js';
import { NOW, userHarness } from './user-harness.js';

const MINUTE = 60 * 1000;

async function withUser() {
  const h = userHarness();
  const user = aUser({ createdAt: new Date(NOW.getTime() - 24 * 60 * MINUTE) });
  await h.users.add(user);
  h.identities.addAccount({ uid: user.firebaseUid, email: user.email });
  return { h, user };
}

describe('GetMyProfile', () => {
  it('records lastActiveAt at most once an hour, enqueueing the sync only when it writes', async () => {
    const { h, user } = await withUser();
    h.clock.current = new Date(user.createdAt.getTime() + 30 * MINUTE);
    await h.getMyProfile.execute(user.id);
    expect(h.queue.queued.size).toBe(0);

    h.clock.current = new Date(user.createdAt.getTime() + 61 * MINUTE);
    const profile = await h.getMyProfile.execute(user.id);
    expect(profile.user.lastActiveAt).toEqual(h.clock.current);
    expect(h.queue.queued).toEqual(new Set([user.id]));

    const later = new Date(h.clock.current.getTime() + 59 * MINUTE);
    h.clock.current = later;
    expect((await h.getMyProfile.execute(user.id)).user.lastActiveAt).not.toEqual(later);
  });

  it('answers USER_NOT_FOUND for an unknown user', async () => {
    const h = userHarness();
    await expect(
      h.getMyProfile.execute('00000000-0000-4000-8000-00000000dead' as UserId),
    ).rejects.toMatchObject({
      code: 'USER_NOT_FOUND',
    });
  });
});

describe('UpdateUser', () => {
  it('changes only the sent fields and enqueues the sync', async () => {
    const { h, user } = await withUser();
    const updated = await h.updateUser.execute({ userId: user.id, details: { contactPermission: true } });

    expect(updated).toMatchObject({
      contactPermission: true,
      name: 'Robin Example',
      email: 'robin@example.com',
    });
    expect(updated.updatedAt).toEqual(NOW);
    expect(h.queue.queued).toEqual(new Set([user.id]));
  });

  it('changes the email in Firebase first, then the row', async () => {
    const { h, user } = await withUser();
    await h.updateUser.execute({ userId: user.id, details: { email: ' New@Example.com' } });

    expect(h.identities.account(user.firebaseUid)?.email).toBe('new@example.com');
    expect((await h.users.findById(user.id))?.email).toBe('new@example.com');
  });

  it('refuses an invalid email with UPDATE_USER_INVALID_EMAIL', async () => {
    const { h, user } = await withUser();
    await expect(h.updateUser.execute({ userId: user.id, details: { email: 'nope' } })).rejects.toMatchObject(
      {
        code: 'UPDATE_USER_INVALID_EMAIL',
      },
    );
  });

  it('refuses an email of another Bloom user with UPDATE_USER_ALREADY_EXISTS, Firebase untouched', async () => {
    const { h, user } = await withUser();
    await h.users.add(
      aUser({ id: '5d0b7a1e-0000-4000-8000-000000000002' as UserId, email: 'taken@example.com' }),
    );

    await expect(
      h.updateUser.execute({ userId: user.id, details: { email: 'TAKEN@example.com' } }),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'UPDATE_USER_ALREADY_EXISTS' });
    expect(h.identities.account(user.firebaseUid)?.email).toBe('robin@example.com');
  });

  it('lets an admin change roles, and answers USER_NOT_FOUND for an unknown id', async () => {
    const { h, user } = await withUser();
    const updated = await h.updateUser.execute({
      userId: user.id,
      details: {},
      admin: { isSuperAdmin: true, isActive: false },
    });
    expect(updated).toMatchObject({ isSuperAdmin: true, isActive: false });

    await expect(
      h.updateUser.execute({ userId: '00000000-0000-4000-8000-00000000dead' as UserId, details: {} }),
    ).rejects.toMatchObject({ kind: 'not_found', code: 'USER_NOT_FOUND' });
  });
});

describe('DeleteUser', () => {
  it('anonymises the row, closes the account, and enqueues the sync', async () => {
    const { h, user } = await withUser();
    const { user: deleted, identityFailure } = await h.deleteUser.execute(user.id);

    expect(identityFailure).toBeNull();
    expect(deleted.name).toMatch(/^[0-9a-f]{20}$/);
    expect(deleted.email).toMatch(/^[0-9a-f]{20}$/);
    expect(deleted.email).not.toBe(deleted.name);
    expect(deleted).toMatchObject({ isActive: false, deletedAt: NOW, firebaseUid: user.firebaseUid });
    expect(h.users.therapySessionsAnonymisedFor).toEqual(new Set([user.id]));
    expect(h.queue.queued).toEqual(new Set([user.id]));
    expect(h.identities.account(user.firebaseUid)).toBeUndefined();
  });

  it('keeps the database change and reports when Firebase fails; repeating is safe', async () => {
    const { h, user } = await withUser();
    h.identities.failNext('deleteAccount', new IdentityProviderError('auth/internal-error'));

    const first = await h.deleteUser.execute(user.id);
    expect(first.identityFailure).toBe('IDENTITY_PROVIDER_ERROR');
    expect(first.user.isActive).toBe(false);

    const again = await h.deleteUser.execute(user.id);
    expect(again.identityFailure).toBeNull();
    expect(again.user.deletedAt).toEqual(NOW);
    expect(h.identities.account(user.firebaseUid)).toBeUndefined();
  });

  it('answers USER_NOT_FOUND (404) for an unknown id', async () => {
    const h = userHarness();
    await expect(
      h.deleteUser.execute('00000000-0000-4000-8000-00000000dead' as UserId),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
  });
});
