import type { Context, MiddlewareHandler, Next } from 'hono';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../errors.js';
import { clientIp, clientKey, isIPv6Network, networkKey } from './client-key.js';

export { clientIp, clientKey } from './client-key.js';

export const ONE_MINUTE = 60_000;
const ONE_HOUR = 60 * ONE_MINUTE;
/** A /48 holds 65,536 /64s, but also many unrelated subscribers of one provider: a few budgets' worth. */
const NETWORK_48_FACTOR = 4;

export interface RateLimitSettings {
  rateLimit: number;
  accessCodeRateLimit: number;
  /** Failed code attempts per minute across every client together. */
  accessCodeFailureLimit: number;
  /** Code attempts per hour by one account on assign. */
  accessCodeAccountLimit: number;
  /** Sign-ups and email changes per hour by one client. */
  accountEmailRateLimit: number;
  trustProxy: number;
  /** A new shared store (Redis) for one budget; absent: this process's memory. */
  rateLimitStore?: (() => Store<AppEnv>) | null;
}

interface Budget {
  settings: RateLimitSettings;
  limit: number;
  windowMs: number;
  key: (c: Context<AppEnv>) => string;
  skip?: (c: Context<AppEnv>) => Promise<boolean> | boolean;
  /** Count only answers that are not successes (the store is decremented after a success). */
  failuresOnly?: (c: Context<AppEnv>) => boolean;
}

function limiter(budget: Budget): MiddlewareHandler<AppEnv> {
  const store = budget.settings.rateLimitStore?.();
  return rateLimiter<AppEnv>({
    windowMs: budget.windowMs,
    limit: budget.limit,
    standardHeaders: 'draft-6',
    keyGenerator: budget.key,
    handler: (c) => errorResponse(c, 429, 'TOO_MANY_REQUESTS'),
    ...(budget.skip ? { skip: budget.skip } : {}),
    ...(budget.failuresOnly
      ? { skipSuccessfulRequests: true, requestWasSuccessful: budget.failuresOnly }
      : {}),
    ...(store ? { store } : {}),
  });
}

export const ipOf = (settings: RateLimitSettings) => (c: Context) => clientIp(c, settings.trustProxy);

const accessCodeLimiters = new WeakMap<RateLimitSettings, MiddlewareHandler<AppEnv>>();

/**
 * The budgets of every request whose JSON body carries a non-empty `partnerAccessCode`, in
 * order: ACCESS_CODE_RATE_LIMIT per minute per client (IPv4 address or IPv6 /64), four times
 * that per IPv6 /48 (a routed /48 holds 65,536 /64s), and ACCESS_CODE_FAILURE_LIMIT failed
 * attempts per minute across all clients together (guesses spread over many addresses). Every
 * route that takes a code mounts this middleware; one set of budgets is shared by all of them
 * (the same instance for the same app settings), so guesses cannot be spread over validate,
 * assign and sign-up.
 */
export function accessCodeRateLimit(settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  let middleware = accessCodeLimiters.get(settings);
  if (!middleware) {
    const ip = ipOf(settings);
    const perClient = limiter({
      settings,
      limit: settings.accessCodeRateLimit,
      windowMs: ONE_MINUTE,
      key: (c) => `code:${clientKey(ip(c))}`,
    });
    const perNetwork = limiter({
      settings,
      limit: settings.accessCodeRateLimit * NETWORK_48_FACTOR,
      windowMs: ONE_MINUTE,
      key: (c) => `code48:${networkKey(ip(c), 48)}`,
      skip: (c) => !isIPv6Network(ip(c)),
    });
    const failures = limiter({
      settings,
      limit: settings.accessCodeFailureLimit,
      windowMs: ONE_MINUTE,
      key: () => 'code-failures:everyone',
      failuresOnly: (c) => !isFailedAttempt(c.res.status),
    });
    const chained = chain([perClient, perNetwork, failures]);
    middleware = async (c, next) =>
      (await carriesField(c, 'partnerAccessCode')) ? chained(c, next) : next();
    accessCodeLimiters.set(settings, middleware);
  }
  return middleware;
}

/**
 * ACCESS_CODE_ACCOUNT_LIMIT code attempts per hour by one account (assign, after
 * authentication): an account cannot be used to test codes from many addresses.
 */
export function accountAccessCodeRateLimit(settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  return limiter({
    settings,
    limit: settings.accessCodeAccountLimit,
    windowMs: ONE_HOUR,
    key: (c) => `code-account:${c.get('actor').userId}`,
  });
}

/**
 * ACCOUNT_EMAIL_RATE_LIMIT sign-ups and email changes per hour per client (IPv4 address or
 * IPv6 /64). Both answer 409 for an email that already has an account, and a 201 tells the
 * opposite, so each attempt tests an address: every attempt counts, whatever its answer. A
 * PATCH without `email` changes no address and is not counted.
 */
export function accountEmailRateLimit(settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  const ip = ipOf(settings);
  const perClient = limiter({
    settings,
    limit: settings.accountEmailRateLimit,
    windowMs: ONE_HOUR,
    key: (c) => `account-email:${clientKey(ip(c))}`,
  });
  return async (c, next) =>
    c.req.method === 'POST' || (await carriesField(c, 'email')) ? perClient(c, next) : next();
}

/** A code check's refusals (SPEC 6.2: 400 and 409); 401, 403, 413 and 429 tested no code. */
function isFailedAttempt(status: number): boolean {
  return status === 400 || status === 409;
}

/**
 * Runs middlewares one inside the other. A middleware that answers (a 429) returns its
 * response instead of calling next; Hono's own composition would set it as the answer, and so
 * does this.
 */
function chain(middlewares: MiddlewareHandler<AppEnv>[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const run =
      (index: number): Next =>
      async () => {
        const middleware = middlewares[index];
        if (!middleware) return next();
        const answer = await middleware(c, run(index + 1));
        if (answer instanceof Response) c.res = answer;
      };
    await run(0)();
  };
}

/** True when the JSON body has a non-empty string at `field`. */
async function carriesField(c: Context, field: string): Promise<boolean> {
  try {
    // Hono caches the parsed body, so the route's validator reads it again for free.
    const body: unknown = await c.req.json();
    const value = (body as Record<string, unknown> | null)?.[field];
    return typeof value === 'string' && value.trim() !== '';
  } catch {
    return false;
  }
}
