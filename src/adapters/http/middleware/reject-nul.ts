import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { validationFailed } from '../errors.js';

// A NUL byte, or the JSON escape for one.
const NUL_ESCAPE = Buffer.from('\\u0000');
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
    // Read as bytes: later readers (JSON, or the webhook signature over the raw body) get the same bytes.
    const body = Buffer.from(await c.req.arrayBuffer());
    if (body.includes(0) || body.includes(NUL_ESCAPE)) {
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
