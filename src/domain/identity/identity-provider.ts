import { portToken } from '../shared/port-token.js';
export interface NewAccount {
  email: string;
  password: string;
  displayName?: string;
}

/** The accounts behind the ID tokens (Firebase Auth in production). */
export interface IdentityProvider {
  /**
   * Rejects with CreateUserInvalidEmail, CreateUserWeakPassword, CreateUserAlreadyExists, or
   * CreateUserFirebaseError for anything else.
   */
  createAccount(input: NewAccount): Promise<{ uid: string }>;
  /**
   * Rejects with UpdateUserInvalidEmail, UpdateUserAlreadyExists, or IdentityProviderError.
   * Changing the email also revokes the tokens issued before the change (Firebase does so).
   */
  updateEmail(uid: string, email: string): Promise<void>;
  /** Tokens issued before this call stop verifying. Succeeds for an account that is gone. */
  revokeRefreshTokens(uid: string): Promise<void>;
  /** Idempotent: deleting an account that is already gone succeeds (SPEC 5.2). */
  deleteAccount(uid: string): Promise<void>;
}
export const IdentityProvider = portToken<IdentityProvider>('IdentityProvider');
