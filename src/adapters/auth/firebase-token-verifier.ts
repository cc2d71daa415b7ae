import type { DecodedIdToken } from 'firebase-admin/auth';
import {
  IdTokenExpired,
  InvalidToken,
  TokenVerificationUnavailable,
} from '../../domain/identity/identity-errors.js';
import type { TokenVerifier, VerifiedToken } from '../../domain/identity/token-verifier.js';
import type { FirebaseAuth } from './firebase-app.js';
import { firebaseErrorCode } from './firebase-error-code.js';

const UNREACHABLE = new Set(['app/network-error', 'app/network-timeout', 'auth/internal-error']);

export class FirebaseTokenVerifier implements TokenVerifier {
  constructor(private readonly firebase: FirebaseAuth) {}

  async verify(idToken: string): Promise<VerifiedToken> {
    const auth = await this.firebase.auth();
    let decoded: DecodedIdToken;
    try {
      // No checkRevoked: it costs a call to Google on every request. Our database is the
      // authority instead: a deleted or deactivated user is refused with USER_INACTIVE, and
      // roles are read from the row on each request.
      decoded = await auth.verifyIdToken(idToken);
    } catch (error) {
      // Only the code goes into the error: Firebase messages may quote the token's claims.
      const code = firebaseErrorCode(error) ?? 'unknown';
      if (code === 'auth/id-token-expired') throw new IdTokenExpired(code);
      // Firebase could not be asked (in emulator mode every verification looks the account up).
      // That says nothing about the token: a 401 would sign the user out for our outage.
      if (UNREACHABLE.has(code)) throw new TokenVerificationUnavailable(code);
      throw new InvalidToken(code);
    }
    return {
      uid: decoded.uid,
      email: decoded.email ?? null,
      emailVerified: decoded.email_verified ?? false,
    };
  }
}
