import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { RequestLog, runWithRequestLog } from '../request-logger.js';

/**
 * One JSON line per request: id, method, the matched route's pattern (`/api/v1/partner/:name`,
 * `*` for no route; never the path itself, whose segments can be a partner name or, on an
 * unknown route, anything, nor the query string, which can carry an email in searchCriteria),
 * status and duration. No headers, no bodies. The rest of the request runs with its RequestLog
 * as the current one (request-logger.ts).
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  // The line holds only the fields above, none of them under a redacted key or an object, so
  // redaction could never change it: a child without it writes the same line for about a third
  // less (docs/performance.md). Every other line still goes through the redacting logger.
  const lines = logger.child({}, { redact: { paths: [] } });
  return async (c, next) => {
    const started = performance.now();
    const requestId = c.get('requestId');
    const log = new RequestLog(logger, requestId);
    c.set('requestLog', log);
    await runWithRequestLog(log, next);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    lines.info(
      { reqId: requestId, method: c.req.method, route: routePath(c, -1), status: c.res.status, ms },
      'request',
    );
  };
}
