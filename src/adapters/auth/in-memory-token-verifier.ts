import { IdTokenExpired, InvalidToken } from '../../domain/identity/identity-errors.js';
import type { TokenVerifier, VerifiedToken } from '../../domain/identity/token-verifier.js';
import { InMemoryIdentityProvider } from './in-memory-identity-provider.js';

/**
 * Accepts the tokens its InMemoryIdentityProvider issued, refusing them as Firebase does once
 * the account is deleted or its tokens revoked. Share one provider between the two fakes.
 */
export class InMemoryTokenVerifier implements TokenVerifier {
  private nextFailure: Error | null = null;

  constructor(readonly identities: InMemoryIdentityProvider = new InMemoryIdentityProvider()) {}

  async verify(idToken: string): Promise<VerifiedToken> {
    if (this.nextFailure) {
      const failure = this.nextFailure;
      this.nextFailure = null;
      throw failure;
    }
    const result = this.identities.tokenStatus(idToken);
    if (result.status !== 'valid')
      throw result.status === 'expired' ? new IdTokenExpired() : new InvalidToken();
    const { uid, email, emailVerified } = result.account;
    return { uid, email, emailVerified };
  }

  /** The next verification rejects with `error`, whatever the token. */
  failNext(error: Error): void {
    this.nextFailure = error;
  }
}
