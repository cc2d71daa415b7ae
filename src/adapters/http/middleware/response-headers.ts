import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';

/**
 * What hono's `secureHeaders()` sends with its defaults (hono 4.13), written once per response
 * as a fixed list: no Content-Security-Policy (the docs page sets its own), no
 * Cross-Origin-Embedder-Policy (off by default there too).
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = Object.freeze([
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
]);

export type SetHeader = (name: string, value: string) => void;

/**
 * Where the edge writes the headers every answer carries (request id, security, CORS, the
 * global budget's). Served by @hono/node-server, straight onto Node's response: it merges them
 * with the answer's own headers when it writes the head (the answer's win, as a later
 * `c.header()` would), and the answer keeps the plain header object hono gives it, so nothing
 * goes through undici's `Headers` (validated on every set, sorted on every read) and back. Served
 * any other way (`app.request()` in tests), through `c.header()` into the answer itself. The real
 * server's heads are compared with `app.request()`'s in tests/http/edge-headers.test.ts.
 */
export function headerSink(c: Context): SetHeader {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing) return (name, value) => outgoing.setHeader(name, value);
  return (name, value) => c.header(name, value);
}
