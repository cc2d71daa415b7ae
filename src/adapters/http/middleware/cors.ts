import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-env.js';

const ALLOW_HEADERS = ['Authorization', 'Content-Type'];
const EXPOSE_HEADERS = ['x-request-id', 'Retry-After'];

/**
 * hono's `cors`, with the headers of ordinary (non-preflight) requests set through `c.header()`
 * before the handler runs, like the request id's. hono's own middleware writes them to
 * `c.res.headers`, which makes a placeholder response before the handler: hono then copies every
 * answer into it, and @hono/node-server builds a full undici Response and streams its body for
 * the copy (docs/performance.md). hono has no option for this. The headers are the ones hono
 * would send; preflights (OPTIONS) are still answered by hono's middleware itself.
 */
export function corsHeaders(settings: { corsOrigins: string[] | null }): MiddlewareHandler<AppEnv> {
  const origins = settings.corsOrigins;
  const preflight = cors({
    origin: origins ?? '*',
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
  });
  const exposed = EXPOSE_HEADERS.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    if (origins === null) {
      c.header('Access-Control-Allow-Origin', '*');
    } else {
      const origin = c.req.header('origin') ?? '';
      if (origins.includes(origin)) c.header('Access-Control-Allow-Origin', origin);
    }
    c.header('Access-Control-Expose-Headers', exposed);
    // No handler sets Vary, so adding it now gives the value hono appends after the handler.
    if (origins !== null) c.header('Vary', 'Origin', { append: true });
    await next();
  };
}
