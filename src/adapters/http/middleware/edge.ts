import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { payloadTooLarge } from '../errors.js';
import { RequestLog, runWithRequestLog } from '../request-logger.js';
import { corsHeaders } from './cors.js';
import { globalRateLimit } from './global-rate-limit.js';
import type { RateLimitSettings } from './rate-limit.js';
import { hasNulInBody, hasNulInUrl, refuseNul } from './reject-nul.js';
import { requestLines } from './request-log.js';
import { REQUEST_ID_HEADER, requestIds } from './request-id.js';
import { headerSink, SECURITY_HEADERS } from './response-headers.js';

const ONE_MIB = 1024 * 1024;
/** The paths whose routes read or write the database (the API and the webhooks). */
const USES_DATABASE = /^\/api\/(v1|webhooks)(\/|$)/;

export interface EdgeSettings extends RateLimitSettings {
  corsOrigins: string[] | null;
}

/**
 * What every request goes through before routing, in two middlewares rather than one per
 * concern (each layer of hono's composition costs a promise and a closure per request):
 *
 * 1. `edge`: the request id, the request's logger and its line, and the headers every answer
 *    carries (request id, security, CORS), written once through the sink of response-headers.ts.
 * 2. `gate`: answers preflights (CORS), then the 1 MiB body limit, the global rate limit, the
 *    refusal of NUL characters and the persistence scope. A refusal here (413, 429, 400, or an
 *    error such as an unreachable Redis) is answered by the app's error handler and still gets
 *    the edge's headers and log line.
 */
export function edge(logger: Logger, settings: EdgeSettings): MiddlewareHandler<AppEnv> {
  const newId = requestIds(settings);
  const cors = corsHeaders(settings);
  const writeLine = requestLines(logger);
  return async (c, next) => {
    const started = performance.now();
    const requestId = newId(c);
    c.set('requestId', requestId);
    const log = new RequestLog(logger, requestId);
    c.set('requestLog', log);
    const set = headerSink(c);
    set(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of SECURITY_HEADERS) set(name, value);
    if (c.req.method !== 'OPTIONS') cors.write(c, set);
    await runWithRequestLog(log, next);
    writeLine(c, requestId, started);
  };
}

export function gate(
  settings: EdgeSettings,
  /** Runs the rest of the request in its own persistence scope (identity map). */
  requestScope: <T>(next: () => Promise<T>) => Promise<T>,
): MiddlewareHandler<AppEnv> {
  const preflight = corsHeaders(settings).preflight;
  const limitBody = bodyLimit({ maxSize: ONE_MIB, onError: payloadTooLarge });
  const budget = globalRateLimit(settings);
  const afterBodyLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
    let refused = budget(c, headerSink(c));
    if (refused instanceof Promise) refused = await refused;
    if (refused) return refused;
    const path = c.req.path;
    // Webhooks check their signature or token first (SPEC 7.1, 9) and run rejectNul after it.
    if (!path.startsWith('/api/webhooks/') && (hasNulInUrl(c) || (await hasNulInBody(c)))) {
      return refuseNul(c);
    }
    // Only these routes reach the database: /api/ping and the docs skip forking an identity map.
    // A route elsewhere that used one would fail loudly (allowGlobalContext: false).
    await (USES_DATABASE.test(path) ? requestScope(next) : next());
  };
  return (c, next) => {
    const method = c.req.method;
    if (method === 'OPTIONS') return preflight(c, next);
    // GET and HEAD carry no body; asking would make @hono/node-server build a full Request (docs/performance.md).
    if (method === 'GET' || method === 'HEAD') return afterBodyLimit(c, next);
    return limitBody(c, async () => {
      // bodyLimit calls this as hono's `next`: a refusal becomes the answer here.
      const refused = await afterBodyLimit(c, next);
      if (refused) c.res = refused;
    });
  };
}
