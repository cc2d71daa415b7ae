import {
  CreateUserAlreadyExists,
  CreateUserInvalidEmail,
  CreateUserWeakPassword,
  IdentityProviderError,
  UpdateUserAlreadyExists,
  UpdateUserInvalidEmail,
} from '../../domain/identity/identity-errors.js';
import type { IdentityProvider, NewAccount } from '../../domain/identity/identity-provider.js';

export interface InMemoryAccount {
  readonly uid: string;
  email: string;
  emailVerified: boolean;
  displayName: string | null;
  /** Tokens issued before this tick are revoked. */
  validSince: number;
}

interface IssuedToken {
  uid: string;
  issuedAt: number;
  expired: boolean;
}

type Method = keyof IdentityProvider;

/**
 * Firebase Auth as use-case tests need it: accounts in a map, Firebase's refusals (duplicate
 * email, invalid email, password under 6 characters), idempotent deletion, revocation, and
 * tokens that InMemoryTokenVerifier accepts. Time is a counter, so "issued before the
 * revocation" never depends on the wall clock.
 */
export class InMemoryIdentityProvider implements IdentityProvider {
  private readonly accounts = new Map<string, InMemoryAccount>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly failures = new Map<Method, Error>();
  private tick = 0;
  private created = 0;

  async createAccount(input: NewAccount): Promise<{ uid: string }> {
    this.failIfTold('createAccount');
    const email = input.email.toLowerCase();
    if (!isEmail(email)) throw new CreateUserInvalidEmail();
    if (input.password.length < 6) throw new CreateUserWeakPassword();
    if (this.accountByEmail(email)) throw new CreateUserAlreadyExists();
    let uid: string;
    do uid = `in-memory-uid-${++this.created}`;
    while (this.accounts.has(uid));
    this.addAccount({ uid, email, displayName: input.displayName ?? null });
    return { uid };
  }

  async updateEmail(uid: string, email: string): Promise<void> {
    this.failIfTold('updateEmail');
    const account = this.accounts.get(uid);
    if (!account) throw new IdentityProviderError('auth/user-not-found');
    const normalised = email.toLowerCase();
    if (!isEmail(normalised)) throw new UpdateUserInvalidEmail();
    if (normalised === account.email) return;
    if (this.accountByEmail(normalised)) throw new UpdateUserAlreadyExists();
    account.email = normalised;
    account.emailVerified = false;
    account.validSince = ++this.tick;
  }

  async revokeRefreshTokens(uid: string): Promise<void> {
    this.failIfTold('revokeRefreshTokens');
    const account = this.accounts.get(uid);
    if (account) account.validSince = ++this.tick;
  }

  async deleteAccount(uid: string): Promise<void> {
    this.failIfTold('deleteAccount');
    this.accounts.delete(uid);
  }

  /** Seeds an account directly, e.g. for a user row a test builds without signing up. */
  addAccount(account: {
    uid: string;
    email: string;
    emailVerified?: boolean;
    displayName?: string | null;
  }): void {
    this.accounts.set(account.uid, {
      uid: account.uid,
      email: account.email.toLowerCase(),
      emailVerified: account.emailVerified ?? false,
      displayName: account.displayName ?? null,
      validSince: this.tick,
    });
  }

  /** A token for an existing account, as a client gets by signing in. */
  issueToken(uid: string, options: { expired?: boolean } = {}): string {
    if (!this.accounts.has(uid)) throw new Error(`No in-memory account ${uid} to issue a token for`);
    const token = `in-memory-token-${this.tokens.size + 1}`;
    this.tokens.set(token, { uid, issuedAt: ++this.tick, expired: options.expired ?? false });
    return token;
  }

  /** The next call of `method` rejects with `error` instead of doing anything. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  account(uid: string): InMemoryAccount | undefined {
    return this.accounts.get(uid);
  }

  accountByEmail(email: string): InMemoryAccount | undefined {
    const wanted = email.toLowerCase();
    return [...this.accounts.values()].find((account) => account.email === wanted);
  }

  /** What Firebase would decide for this token; used by InMemoryTokenVerifier. */
  tokenStatus(
    token: string,
  ): { status: 'valid'; account: InMemoryAccount } | { status: 'expired' | 'invalid' } {
    const issued = this.tokens.get(token);
    if (!issued) return { status: 'invalid' };
    if (issued.expired) return { status: 'expired' };
    const account = this.accounts.get(issued.uid);
    if (!account || issued.issuedAt < account.validSince) return { status: 'invalid' };
    return { status: 'valid', account };
  }

  private failIfTold(method: Method): void {
    const error = this.failures.get(method);
    if (!error) return;
    this.failures.delete(method);
    throw error;
  }
}

/** firebase-admin's own check: one `@` with something on both sides. */
function isEmail(email: string): boolean {
  return /^[^@]+@[^@]+$/.test(email);
}
