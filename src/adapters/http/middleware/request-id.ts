import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

const HEADER = 'x-request-id';
/** What a proxy's id looks like (a UUID, nginx's 32 hex digits…): nothing a log line could misread. */
const PROXY_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, answered in `x-request-id` and written on its log lines. The
 * server makes it; an inbound `x-request-id` is kept only behind a trusted proxy
 * (`TRUST_PROXY` > 0), whose id then ties our lines to its own, and only when it matches
 * PROXY_ID. A client talking to us directly could otherwise write anything into our logs, or
 * give many requests one id to blur them together.
 */
export function requestId(settings: { trustProxy: number }): MiddlewareHandler<AppEnv> {
  const trusted = settings.trustProxy > 0;
  return async (c, next) => {
    const inbound = trusted ? c.req.header(HEADER) : undefined;
    const id = inbound !== undefined && PROXY_ID.test(inbound) ? inbound : randomUUID();
    c.set('requestId', id);
    c.header(HEADER, id);
    await next();
  };
}
