import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { runWithRequestLogger } from '../request-logger.js';

/**
 * One JSON line per request: id, method, the matched route's pattern (`/api/v1/partner/:name`,
 * `*` for no route; never the path itself, whose segments can be a partner name or, on an
 * unknown route, anything, nor the query string, which can carry an email in searchCriteria),
 * status and duration. No headers, no bodies. The rest of the request runs with its logger as
 * the current request logger (request-logger.ts).
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const log = logger.child({ reqId: c.get('requestId') });
    c.set('log', log);
    await runWithRequestLogger(log, next);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ method: c.req.method, route: routePath(c, -1), status: c.res.status, ms }, 'request');
  };
}
