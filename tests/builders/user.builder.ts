import type { UserId } from '../../src/domain/shared/ids.js';
import { User, type NewUser } from '../../src/domain/user/user.js';

export const USER_T0 = new Date('2026-03-02T09:00:00.000Z');

/** A signed-up public user with fixed, valid defaults. */
export function aUser(overrides: Partial<NewUser> & { createdAt?: Date } = {}): User {
  const { createdAt = USER_T0, ...fields } = overrides;
  return User.signUp(
    {
      id: '5d0b7a1e-0000-4000-8000-000000000001' as UserId,
      firebaseUid: 'firebase-uid-1',
      crispTokenId: '9e3c2b10-0000-4000-8000-000000000001',
      name: 'Robin Example',
      email: 'robin@example.com',
      signUpType: 'PUBLIC_USER',
      contactPermission: false,
      ...fields,
    },
    createdAt,
  );
}
