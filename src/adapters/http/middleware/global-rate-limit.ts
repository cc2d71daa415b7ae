import type { Context } from 'hono';
import { MemoryStore, type ClientRateLimitInfo, type HonoConfigType } from 'hono-rate-limiter';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../errors.js';
import { clientKey } from './client-key.js';
import { ipOf, ONE_MINUTE, type RateLimitSettings } from './rate-limit.js';
import type { SetHeader } from './response-headers.js';

/**
 * The global budget's check (edge.ts): writes its RateLimit-* headers and answers 429
 * TOO_MANY_REQUESTS with Retry-After once over; undefined lets the request through. The result
 * is a promise only with a shared store (Redis).
 */
export type BudgetCheck = (
  c: Context<AppEnv>,
  set: SetHeader,
) => Response | undefined | Promise<Response | undefined>;

/**
 * RATE_LIMIT requests per minute per client IP, on every route: the same store, counting and
 * draft-6 headers as hono-rate-limiter's middleware (used for the other budgets), without its
 * per-request promises, bound functions and context variables, and with the headers written
 * through the edge's sink (response-headers.ts). The in-memory store answers synchronously.
 */
export function globalRateLimit(settings: RateLimitSettings): BudgetCheck {
  const limit = settings.rateLimit;
  const windowSeconds = Math.ceil(ONE_MINUTE / 1000);
  const policy = `${limit};w=${windowSeconds}`;
  const limitText = String(limit);
  const store = settings.rateLimitStore?.() ?? new MemoryStore<AppEnv>();
  // Both stores read only `windowMs` from the options hono-rate-limiter would pass.
  store.init?.({ windowMs: ONE_MINUTE, limit } as HonoConfigType<AppEnv>);
  const ip = ipOf(settings);
  const answer = (c: Context<AppEnv>, set: SetHeader, info: ClientRateLimitInfo) => {
    const remaining = Math.max(limit - info.totalHits, 0);
    const resetSeconds = info.resetTime
      ? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
      : 0;
    set('RateLimit-Policy', policy);
    set('RateLimit-Limit', limitText);
    set('RateLimit-Remaining', String(remaining));
    if (resetSeconds) set('RateLimit-Reset', String(resetSeconds));
    if (info.totalHits <= limit) return undefined;
    set('Retry-After', String(info.resetTime ? resetSeconds : windowSeconds));
    return errorResponse(c, 429, 'TOO_MANY_REQUESTS');
  };
  return (c, set) => {
    const counted = store.increment(`all:${clientKey(ip(c))}`);
    return counted instanceof Promise
      ? counted.then((info) => answer(c, set, info))
      : answer(c, set, counted);
  };
}
