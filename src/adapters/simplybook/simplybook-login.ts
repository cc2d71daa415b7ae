import { Secret, TOTP } from 'otpauth';
import { z } from 'zod';
import { SimplybookUnavailable } from '../../domain/therapy/therapy-errors.js';
import { exchange } from './simplybook-http.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_TOKEN_TTL_MS, type SimplybookSettings } from './simplybook-settings.js';

const tokenAnswer = z.object({ token: z.string().min(1).max(4096) });
const secondFactorAnswer = z.object({
  require2fa: z.literal(true),
  auth_session_id: z.string().min(1).max(4096),
});

/**
 * The admin API token (SPEC 12.3): one login (with the TOTP second factor when Simplybook asks
 * for it) serves every call for 55 minutes, and callers that need a token while a login is
 * under way wait for that same login rather than starting their own.
 */
export class SimplybookLogin {
  private cached: { token: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;
  private readonly timeoutMs: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly settings: SimplybookSettings) {
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.ttlMs = settings.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS;
    this.now = settings.now ?? Date.now;
  }

  token(): Promise<string> {
    if (this.cached && this.cached.expiresAt > this.now()) return Promise.resolve(this.cached.token);
    this.pending ??= this.login().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forgets a token Simplybook refused, unless another caller already replaced it. */
  drop(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  private async login(): Promise<string> {
    const startedAt = this.now();
    const { company, login, password } = this.settings;
    const first = await this.post('/auth', { company, login, password }, 'login');
    const direct = tokenAnswer.safeParse(first);
    const token = direct.success ? direct.data.token : await this.secondFactor(first);
    this.cached = { token, expiresAt: startedAt + this.ttlMs };
    return token;
  }

  private async secondFactor(answer: unknown): Promise<string> {
    const challenge = secondFactorAnswer.safeParse(answer);
    if (!challenge.success) throw new SimplybookUnavailable('Simplybook sent an unexpected login answer');
    if (!this.settings.totpSecret)
      throw new SimplybookUnavailable('Simplybook asks for a second factor and no TOTP secret is configured');
    // RFC 6238 with Simplybook's (Google Authenticator's) parameters, on the wall clock.
    const code = TOTP.generate({
      secret: Secret.fromBase32(this.settings.totpSecret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      timestamp: Date.now(),
    });
    const body = {
      company: this.settings.company,
      session_id: challenge.data.auth_session_id,
      type: 'ga',
      code,
    };
    const parsed = tokenAnswer.safeParse(await this.post('/auth/2fa', body, 'second factor'));
    if (!parsed.success)
      throw new SimplybookUnavailable('Simplybook sent an unexpected second-factor answer');
    return parsed.data.token;
  }

  private async post(path: string, body: unknown, step: string): Promise<unknown> {
    const url = `${this.settings.apiUrl.replace(/\/+$/, '')}${path}`;
    const headers = { 'Content-Type': 'application/json' };
    const answer = await exchange(url, { method: 'POST', headers, body }, step, this.timeoutMs);
    if (answer.status < 200 || answer.status > 299)
      throw new SimplybookUnavailable(`Simplybook answered ${answer.status} (${step})`);
    return answer.body;
  }
}
