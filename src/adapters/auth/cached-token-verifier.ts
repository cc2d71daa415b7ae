import { createHash } from 'node:crypto';
import type { TokenVerifier, VerifiedToken } from '../../domain/identity/token-verifier.js';

export interface TokenCacheOptions {
  /** Tokens remembered at most; the oldest is forgotten first. */
  maxEntries: number;
  /** Milliseconds since the epoch (a parameter so tests can move past a token's expiry). */
  now: () => number;
}

interface Entry {
  verified: Promise<VerifiedToken>;
  /** null while the verification is in flight. */
  expiresAtMs: number | null;
}

/**
 * Remembers what a token verified to until that token's own expiry (`exp`), so a client sending
 * the same token on every request is verified once (in emulator mode each verification is an HTTP
 * call; in production an RSA check). Nothing else is cached: who the user is, whether they are
 * active or deleted, and their roles are read from the database on every request, so deactivation
 * and deletion take effect at once. What a cached token loses is Firebase-side revocation, which
 * production does not check anyway (TokenVerifier). Failures are never remembered; concurrent
 * requests with one token share one verification.
 */
export class CachedTokenVerifier implements TokenVerifier {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly inner: TokenVerifier,
    private readonly options: TokenCacheOptions = { maxEntries: 10_000, now: Date.now },
  ) {}

  verify(idToken: string): Promise<VerifiedToken> {
    // A digest as the key: tokens are about a kilobyte each.
    const key = createHash('sha256').update(idToken).digest('base64url');
    const cached = this.entries.get(key);
    if (cached && (cached.expiresAtMs === null || this.options.now() < cached.expiresAtMs)) {
      return cached.verified;
    }
    const entry: Entry = { verified: this.inner.verify(idToken), expiresAtMs: null };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    entry.verified.then(
      () => {
        const expiresAtMs = expiryOf(idToken);
        if (expiresAtMs === null) this.forget(key, entry);
        else entry.expiresAtMs = expiresAtMs;
      },
      () => this.forget(key, entry),
    );
    return entry.verified;
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}

/** `exp` of a JWT the inner verifier accepted (so its payload is the one it checked), in ms. */
function expiryOf(idToken: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
