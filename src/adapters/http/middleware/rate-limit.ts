import { isIPv4, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../errors.js';

const ONE_MINUTE = 60_000;

export interface RateLimitSettings {
  rateLimit: number;
  accessCodeRateLimit: number;
  trustProxy: number;
}

/**
 * The client's IP: the socket address, or with `trustProxy` = n > 0 the n-th X-Forwarded-For hop
 * from the right (the address the outermost trusted proxy saw). With fewer hops than that the
 * leftmost is used, so a short header cannot fall back to the proxy's own address.
 */
export function clientIp(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const hop = hops[Math.max(0, hops.length - trustProxy)];
    if (hop) return hop;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/**
 * What one client's budget is keyed on: an IPv4 address, or the /64 network of an IPv6 address
 * (one subscriber usually holds a whole /64, so per-address budgets could be multiplied at will).
 * IPv4-mapped IPv6 addresses count as their IPv4 address. Anything else is used as it is.
 */
export function clientKey(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address) || address.includes('.')) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const zeros = Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4);
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

function limiter(
  limit: number,
  trustProxy: number,
  prefix: string,
  skip?: (c: Context<AppEnv>) => Promise<boolean>,
): MiddlewareHandler<AppEnv> {
  // The store is this process's memory: see docs/decisions.md for several processes.
  return rateLimiter<AppEnv>({
    windowMs: ONE_MINUTE,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => `${prefix}:${clientKey(clientIp(c, trustProxy))}`,
    handler: (c) => errorResponse(c, 429, 'TOO_MANY_REQUESTS'),
    ...(skip ? { skip } : {}),
  });
}

/** RATE_LIMIT requests per minute per client IP, on every route. */
export function globalRateLimit(settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  return limiter(settings.rateLimit, settings.trustProxy, 'all');
}

const accessCodeLimiters = new WeakMap<RateLimitSettings, MiddlewareHandler<AppEnv>>();

/**
 * ACCESS_CODE_RATE_LIMIT attempts per minute per client IP, for requests whose JSON body carries
 * a non-empty `partnerAccessCode`. Every route that takes a code mounts this middleware; one
 * budget is shared by all of them (the same instance for the same app settings), so codes
 * cannot be enumerated by spreading guesses over validate, assign and sign-up.
 */
export function accessCodeRateLimit(settings: RateLimitSettings): MiddlewareHandler<AppEnv> {
  let middleware = accessCodeLimiters.get(settings);
  if (!middleware) {
    middleware = limiter(
      settings.accessCodeRateLimit,
      settings.trustProxy,
      'code',
      async (c) => !(await carriesCode(c)),
    );
    accessCodeLimiters.set(settings, middleware);
  }
  return middleware;
}

async function carriesCode(c: Context): Promise<boolean> {
  try {
    // Hono caches the parsed body, so the route's validator reads it again for free.
    const body: unknown = await c.req.json();
    const code = (body as { partnerAccessCode?: unknown } | null)?.partnerAccessCode;
    return typeof code === 'string' && code.trim() !== '';
  } catch {
    return false;
  }
}
