/** What the Simplybook adapter needs (SPEC 12.3, 13.8); built by the composition root from the config. */
export interface SimplybookSettings {
  /** The REST admin API, e.g. https://user-api-v2.simplybook.me/admin (no trailing slash needed). */
  apiUrl: string;
  company: string;
  login: string;
  password: string;
  /** Base32 TOTP secret of the login's second factor; null when the account has none. */
  totpSecret: string | null;
  /** Deadline of each HTTP call; 10 s unless a test says otherwise. */
  timeoutMs?: number;
  /** How long a token is reused; 55 min unless a test says otherwise. */
  tokenTtlMs?: number;
  /** Milliseconds since the epoch (tests move it to expire the token). */
  now?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_TOKEN_TTL_MS = 55 * 60_000;
