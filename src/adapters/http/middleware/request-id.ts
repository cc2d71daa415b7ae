import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What a proxy's id looks like (a UUID, nginx's 32 hex digits…): nothing a log line could misread. */
const PROXY_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Every request's id, answered in `x-request-id` and written on its log lines (edge.ts). The
 * server makes it; an inbound `x-request-id` is kept only behind a trusted proxy
 * (`TRUST_PROXY` > 0), whose id then ties our lines to its own, and only when it matches
 * PROXY_ID. A client talking to us directly could otherwise write anything into our logs, or
 * give many requests one id to blur them together.
 */
export function requestIds(settings: { trustProxy: number }): (c: Context) => string {
  if (settings.trustProxy === 0) return () => randomUUID();
  return (c) => {
    const inbound = c.req.header(REQUEST_ID_HEADER);
    return inbound !== undefined && PROXY_ID.test(inbound) ? inbound : randomUUID();
  };
}
