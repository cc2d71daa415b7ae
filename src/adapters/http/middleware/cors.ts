import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-env.js';
import type { SetHeader } from './response-headers.js';

const ALLOW_HEADERS = ['Authorization', 'Content-Type'];
const EXPOSE_HEADERS = ['x-request-id', 'Retry-After'];

export interface CorsHeaders {
  /** Answers a preflight (OPTIONS): hono's own `cors`. */
  preflight: MiddlewareHandler<AppEnv>;
  /** Writes the headers of an ordinary request, before the handler runs. */
  write: (c: Context, set: SetHeader) => void;
}

/**
 * hono's `cors`, with the headers of ordinary (non-preflight) requests written by the edge before
 * the handler runs, like the request id's. hono's own middleware writes them to `c.res.headers`,
 * which makes a placeholder response before the handler: hono then copies every answer into it,
 * and @hono/node-server builds a full undici Response and streams its body for the copy
 * (docs/performance.md). hono has no option for this. The headers are the ones hono would send;
 * preflights (OPTIONS) are still answered by hono's middleware itself.
 */
export function corsHeaders(settings: { corsOrigins: string[] | null }): CorsHeaders {
  const origins = settings.corsOrigins;
  const preflight = cors({
    origin: origins ?? '*',
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
  });
  const exposed = EXPOSE_HEADERS.join(',');
  const write = (c: Context, set: SetHeader) => {
    if (origins === null) {
      set('Access-Control-Allow-Origin', '*');
    } else {
      const origin = c.req.header('origin') ?? '';
      if (origins.includes(origin)) set('Access-Control-Allow-Origin', origin);
    }
    set('Access-Control-Expose-Headers', exposed);
    // No handler sets Vary, so setting it now gives the value hono appends after the handler.
    if (origins !== null) set('Vary', 'Origin');
  };
  return { preflight, write };
}
