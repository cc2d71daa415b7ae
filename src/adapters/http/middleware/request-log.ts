import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';

/**
 * The request line (edge.ts): one JSON line per request with its id, method, the matched route's
 * pattern (`/api/v1/partner/:name`, `*` for no route; never the path itself, whose segments can
 * be a partner name or, on an unknown route, anything, nor the query string, which can carry an
 * email in searchCriteria), status and duration. No headers, no bodies.
 */
export function requestLines(logger: Logger): (c: Context, requestId: string, startedMs: number) => void {
  // The line holds only the fields above, none of them under a redacted key or an object, so
  // redaction could never change it: a child without it writes the same line for about a third
  // less (docs/performance.md). Every other line still goes through the redacting logger.
  const lines = logger.child({}, { redact: { paths: [] } });
  return (c, requestId, startedMs) => {
    const ms = Math.round((performance.now() - startedMs) * 10) / 10;
    lines.info(
      { reqId: requestId, method: c.req.method, route: routePath(c, -1), status: c.res.status, ms },
      'request',
    );
  };
}
