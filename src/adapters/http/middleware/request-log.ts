import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { runWithRequestLogger } from '../request-logger.js';

/**
 * One JSON line per request: id, method, route path (never the query string, which can carry
 * an email in searchCriteria), status and duration. No headers, no bodies. The rest of the
 * request runs with its logger as the current request logger (request-logger.ts).
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const log = logger.child({ reqId: c.get('requestId') });
    c.set('log', log);
    await runWithRequestLogger(log, next);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
  };
}
