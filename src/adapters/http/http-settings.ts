import type { Store } from 'hono-rate-limiter';
import type { AppEnv } from './app-env.js';

/** The configuration the HTTP edge needs, mapped from the app's config by infrastructure. */
export interface HttpSettings {
  /** null: any origin. */
  corsOrigins: string[] | null;
  storyblokWebhookSecret: string | null;
  zapierToken: string | null;
  rateLimit: number;
  accessCodeRateLimit: number;
  /** Failed access-code attempts per minute across all clients (ACCESS_CODE_FAILURE_LIMIT). */
  accessCodeFailureLimit: number;
  /** Access-code attempts per hour by one account on assign (ACCESS_CODE_ACCOUNT_LIMIT). */
  accessCodeAccountLimit: number;
  /** Sign-ups and email changes per hour per client (ACCOUNT_EMAIL_RATE_LIMIT). */
  accountEmailRateLimit: number;
  trustProxy: number;
  /** Makes a shared store for one rate-limit budget (Redis, with REDIS_URL); null: memory. */
  rateLimitStore: (() => Store<AppEnv>) | null;
}
