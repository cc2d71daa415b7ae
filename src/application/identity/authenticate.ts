import type { Actor, ActorDirectory } from '../../domain/identity/actor.js';
import { TokenUserNotFound, UserInactive } from '../../domain/identity/auth-errors.js';
import type { TokenVerifier, VerifiedToken } from '../../domain/identity/token-verifier.js';

export interface AuthenticateSettings {
  /** When set, super admins must also hold a verified email in exactly this domain. */
  superAdminEmailDomain: string | null;
}

/** Turns an ID token into the request's Actor (SPEC.md section 3). */
export class Authenticate {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly directory: ActorDirectory,
    private readonly settings: AuthenticateSettings,
  ) {}

  async execute(idToken: string): Promise<Actor> {
    const token = await this.tokens.verify(idToken);
    const record = await this.directory.findByFirebaseUid(token.uid);
    if (!record) throw new TokenUserNotFound();
    if (!record.isActive || record.deletedAt) throw new UserInactive();
    return {
      userId: record.userId,
      firebaseUid: token.uid,
      isSuperAdmin: record.isSuperAdmin && this.inSuperAdminDomain(token, record.email),
      partnerAdmin: record.partnerAdmin,
    };
  }

  private inSuperAdminDomain(token: VerifiedToken, email: string): boolean {
    const domain = this.settings.superAdminEmailDomain;
    if (!domain) return true;
    const verifiedEmail = token.emailVerified ? token.email?.toLowerCase() : null;
    return verifiedEmail === email.toLowerCase() && verifiedEmail.split('@')[1] === domain;
  }
}
