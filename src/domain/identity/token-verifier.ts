import { portToken } from '../shared/port-token.js';
/** What the core may trust about the caller once their ID token checked out. */
export interface VerifiedToken {
  uid: string;
  email: string | null;
  emailVerified: boolean;
}

export interface TokenVerifier {
  /**
   * Resolves for a valid, unexpired token of this project. Revocation is not checked (that would
   * cost a call to Google per request): the user row decides whether the caller may act.
   * Rejects with IdTokenExpired for an expired token and InvalidToken for every other failure.
   */
  verify(idToken: string): Promise<VerifiedToken>;
}
export const TokenVerifier = portToken<TokenVerifier>('TokenVerifier');
