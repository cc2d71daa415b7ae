import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { validationFailed } from '../errors.js';

const NUL_IN_URL = /%00/;
const NUL = String.fromCharCode(0);
const NUL_ESCAPE_TEXT = '\\u0000';
const TEXT_BODY = /json|text|x-www-form-urlencoded/i;

/**
 * PostgreSQL cannot store a NUL character in text and refuses the statement (with a protocol
 * error, not a data error), so input carrying one is refused here, before any handler: 400
 * rather than a 500. The body stays readable afterwards: Hono caches what was read.
 */
export const rejectNul: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = decoded(c.req.url);
  // In the decoded URL: the character itself, or its JSON escape inside a JSON-valued parameter.
  if (NUL_IN_URL.test(c.req.url) || url.includes(NUL) || url.includes(NUL_ESCAPE_TEXT)) {
    return validationFailed(c, [{ path: '', message: 'NUL characters are not accepted' }]);
  }
  const type = c.req.header('content-type') ?? '';
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && TEXT_BODY.test(type)) {
    // Read as text, the form hono caches for c.req.json(): reading bytes first made every later
    // JSON read convert them through a Response (docs/performance.md). UTF-8 decodes a 0x00 byte,
    // and only that byte, to U+0000, and ASCII bytes to themselves, so the check is the same.
    const body = await c.req.text();
    if (body.includes(NUL) || body.includes(NUL_ESCAPE_TEXT)) {
      return validationFailed(c, [{ path: '', message: 'NUL characters are not accepted' }]);
    }
  }
  await next();
};

/** The URL with %-escapes decoded; as it is when they are malformed (later readers refuse it). */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
