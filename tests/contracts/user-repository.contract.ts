import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../src/domain/shared/ids.js';
import { UserEmailTaken } from '../../src/domain/user/user-errors.js';
import type { UserRepository } from '../../src/domain/user/user-repository.js';
import { aUser, USER_T0 } from '../builders/user.builder.js';
import type { Store } from '../support/stores.js';

export interface UserPorts {
  users: UserRepository;
}

const SECOND_ID = '5d0b7a1e-0000-4000-8000-000000000002' as UserId;
const MINUTE = 60 * 1000;

export function userRepositoryContract(name: string, open: () => Promise<Store<UserPorts>>) {
  describe(`${name} honours UserRepository`, () => {
    let store: Store<UserPorts>;
    const users = () => store.ports.users;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(() => store.reset());

    it('finds an added user by id and by email in any case, with every field', async () => {
      const user = aUser({ signUpType: 'PARTNER_USER_WITH_CODE', signUpLanguage: 'es' });
      await run(() => users().add(user));

      const byId = await run(() => users().findById(user.id));
      const byEmail = await run(() => users().findByEmail('ROBIN@Example.com'));
      expect(byEmail?.id).toBe(user.id);
      expect(byId).toMatchObject({
        id: user.id,
        firebaseUid: 'firebase-uid-1',
        crispTokenId: user.crispTokenId,
        signUpType: 'PARTNER_USER_WITH_CODE',
        name: 'Robin Example',
        email: 'robin@example.com',
        contactPermission: false,
        serviceEmailsPermission: true,
        emailRemindersFrequency: 'NEVER',
        signUpLanguage: 'es',
        isSuperAdmin: false,
        isActive: true,
        lastActiveAt: USER_T0,
        deletedAt: null,
        createdAt: USER_T0,
      });
    });

    it('answers null for unknown ids and emails', async () => {
      expect(await run(() => users().findById(SECOND_ID))).toBeNull();
      expect(await run(() => users().findByEmail('nobody@example.com'))).toBeNull();
    });

    it('refuses a second user with the same email in another case', async () => {
      await run(() => users().add(aUser()));
      const twin = aUser({
        id: SECOND_ID,
        firebaseUid: 'uid-2',
        crispTokenId: '9e3c2b10-0000-4000-8000-000000000002',
        email: 'Robin@Example.com',
      });

      await expect(run(() => users().add(twin))).rejects.toBeInstanceOf(UserEmailTaken);
      expect(await run(() => users().findById(SECOND_ID))).toBeNull();
    });

    it('saves changes of a loaded user, and refuses to save a taken email', async () => {
      await run(() => users().add(aUser()));
      await run(() =>
        users().add(
          aUser({
            id: SECOND_ID,
            firebaseUid: 'uid-2',
            crispTokenId: '9e3c2b10-0000-4000-8000-000000000002',
            email: 'other@example.com',
          }),
        ),
      );
      const later = new Date(USER_T0.getTime() + MINUTE);
      await run(async () => {
        const user = await users().findById(aUser().id);
        user?.updateDetails({ name: 'Robin Renamed', emailRemindersFrequency: 'TWO_WEEKS' }, later);
        user?.anonymise('a'.repeat(20), 'b'.repeat(20), later);
        if (user) await users().save(user);
      });
      expect(await run(() => users().findById(aUser().id))).toMatchObject({
        name: 'a'.repeat(20),
        email: 'b'.repeat(20),
        emailRemindersFrequency: 'TWO_WEEKS',
        isActive: false,
        deletedAt: later,
        updatedAt: later,
      });

      const clash = run(async () => {
        const user = await users().findById(SECOND_ID);
        user?.changeEmail('BBBBBBBBBBBBBBBBBBBB', later);
        if (user) await users().save(user);
      });
      await expect(clash).rejects.toBeInstanceOf(UserEmailTaken);
    });

    it('moves lastActiveAt only while it still holds what the caller read', async () => {
      await run(() => users().add(aUser()));
      const id = aUser().id;
      const at = (minutes: number) => new Date(USER_T0.getTime() + minutes * MINUTE);

      expect(await run(() => users().touchLastActive(id, at(-1), at(60)))).toBe(false);
      expect(await run(() => users().touchLastActive(id, null, at(60)))).toBe(false);
      expect(await run(() => users().touchLastActive(id, USER_T0, at(60)))).toBe(true);
      // A second visit that read the same old value loses the race.
      expect(await run(() => users().touchLastActive(id, USER_T0, at(61)))).toBe(false);
      expect((await run(() => users().findById(id)))?.lastActiveAt).toEqual(at(60));
      expect(await run(() => users().touchLastActive(id, at(60), at(200)))).toBe(true);
      expect((await run(() => users().findById(id)))?.lastActiveAt).toEqual(at(200));
      expect(await run(() => users().touchLastActive(SECOND_ID, null, at(200)))).toBe(false);
    });
  });
}
