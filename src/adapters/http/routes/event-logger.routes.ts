import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { LogEvent } from '../../../application/event-log/log-event.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { eventLogJson, EventLogBodySchema, EventLogSchema } from '../schemas/event-log.schema.js';

export interface EventLoggerRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  logEvent: LogEvent;
}

/** SPEC 13.5: sign-ins, sign-outs and grounding exercises, logged by the client. */
export function eventLoggerRoutes(deps: EventLoggerRouteDeps) {
  const route = createRoute({
    method: 'post',
    path: '/event-logger',
    tags: ['events'],
    summary: 'Log an event for the caller',
    description:
      'The server sets userId and date (now). CHAT_MESSAGE_* events are server-written upstream and refused here. ' +
      'Rows are deleted after EVENT_LOG_RETENTION_DAYS (default 730).',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: EventLogBodySchema } }, required: true } },
    responses: {
      201: jsonResponse(EventLogSchema, 'The logged event'),
      ...errorResponses(400, 401, 403, 503),
    },
  });
  return createRouter<AppEnv>().openapi(route, async (c) => {
    const body = c.req.valid('json');
    const entry = await deps.logEvent.execute({
      userId: c.get('actor').userId,
      event: body.event,
      metadata: body.metadata,
    });
    return c.json(eventLogJson(entry), 201);
  });
}
