import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { validationFailed } from '../errors.js';

const NUL_IN_URL = /%00/;
const NUL = String.fromCharCode(0);
const NUL_ESCAPE_TEXT = '\\u0000';
const TEXT_BODY = /json|text|x-www-form-urlencoded/i;

/**
 * PostgreSQL cannot store a NUL character in text and refuses the statement (with a protocol
 * error, not a data error), so input carrying one is refused here, before any handler: 400
 * rather than a 500. The body stays readable afterwards: Hono caches what was read. The edge
 * (edge.ts) runs these checks on every request but the webhooks', which run this middleware
 * after their signature check.
 */
export const rejectNul: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (hasNulInUrl(c) || (await hasNulInBody(c))) return refuseNul(c);
  await next();
};

/** In the decoded URL: the character itself, or its JSON escape inside a JSON-valued parameter. */
export function hasNulInUrl(c: Context): boolean {
  const raw = c.req.url;
  // Without a %-escape, decoding would give the same text back.
  const url = raw.includes('%') ? decoded(raw) : raw;
  return NUL_IN_URL.test(raw) || url.includes(NUL) || url.includes(NUL_ESCAPE_TEXT);
}

/** In a text body (never read for GET and HEAD, which carry none). */
export async function hasNulInBody(c: Context): Promise<boolean> {
  const type = c.req.header('content-type') ?? '';
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !TEXT_BODY.test(type)) return false;
  // Read as text, the form hono caches for c.req.json(): reading bytes first made every later
  // JSON read convert them through a Response (docs/performance.md). UTF-8 decodes a 0x00 byte,
  // and only that byte, to U+0000, and ASCII bytes to themselves, so the check is the same.
  const body = await c.req.text();
  return body.includes(NUL) || body.includes(NUL_ESCAPE_TEXT);
}

export function refuseNul(c: Context) {
  return validationFailed(c, [{ path: '', message: 'NUL characters are not accepted' }]);
}

/** The URL with %-escapes decoded; as it is when they are malformed (later readers refuse it). */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
