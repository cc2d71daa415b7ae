import type { CreateRequest } from 'firebase-admin/auth';
import {
  CreateUserAlreadyExists,
  CreateUserFirebaseError,
  CreateUserInvalidEmail,
  CreateUserWeakPassword,
  IdentityProviderError,
  UpdateUserAlreadyExists,
  UpdateUserInvalidEmail,
} from '../../domain/identity/identity-errors.js';
import type { IdentityProvider, NewAccount } from '../../domain/identity/identity-provider.js';
import type { FirebaseAuth } from './firebase-app.js';
import { firebaseErrorCode } from './firebase-error-code.js';

// Errors carry only the Firebase code as detail: Firebase messages may quote emails.
export class FirebaseIdentityProvider implements IdentityProvider {
  constructor(private readonly firebase: FirebaseAuth) {}

  async createAccount(input: NewAccount): Promise<{ uid: string }> {
    const request: CreateRequest = { email: input.email, password: input.password };
    if (input.displayName !== undefined) request.displayName = input.displayName;
    const auth = await this.firebase.auth();
    try {
      const user = await auth.createUser(request);
      return { uid: user.uid };
    } catch (error) {
      const code = codeOf(error);
      switch (code) {
        case 'auth/invalid-email':
          throw new CreateUserInvalidEmail(code);
        case 'auth/invalid-password':
        case 'auth/password-does-not-meet-requirements':
          throw new CreateUserWeakPassword(code);
        case 'auth/email-already-exists':
          throw new CreateUserAlreadyExists(code);
        default:
          throw new CreateUserFirebaseError(code);
      }
    }
  }

  async updateEmail(uid: string, email: string): Promise<void> {
    const auth = await this.firebase.auth();
    try {
      await auth.updateUser(uid, { email });
    } catch (error) {
      const code = codeOf(error);
      if (code === 'auth/invalid-email') throw new UpdateUserInvalidEmail(code);
      if (code === 'auth/email-already-exists') throw new UpdateUserAlreadyExists(code);
      throw new IdentityProviderError(code);
    }
  }

  async revokeRefreshTokens(uid: string): Promise<void> {
    const auth = await this.firebase.auth();
    await this.ignoringMissingAccount(() => auth.revokeRefreshTokens(uid));
  }

  async deleteAccount(uid: string): Promise<void> {
    const auth = await this.firebase.auth();
    await this.ignoringMissingAccount(() => auth.deleteUser(uid));
  }

  /** An account that is already gone needs no revoking or deleting: repeated deletions pass. */
  private async ignoringMissingAccount(call: () => Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      const code = codeOf(error);
      if (code !== 'auth/user-not-found') throw new IdentityProviderError(code);
    }
  }
}

function codeOf(error: unknown): string {
  return firebaseErrorCode(error) ?? 'unknown';
}
