import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { RecordSessionProgress } from '../../../application/progress/record-session-progress.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { courseProgressJson, CourseProgressSchema } from '../schemas/profile.schema.js';
import { sessionRefOf, SessionRefSchema } from '../schemas/progress.schema.js';

function progressRoute(path: string, summary: string, auth: MiddlewareHandler<AppEnv>) {
  return createRoute({
    method: 'post',
    path,
    tags: ['progress'],
    summary,
    middleware: [auth] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: SessionRefSchema } }, required: true } },
    responses: {
      201: jsonResponse(CourseProgressSchema, 'The progress of the session’s course'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
}

export interface SessionUserRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  recordSessionProgress: RecordSessionProgress;
}

export function sessionUserRoutes(deps: SessionUserRouteDeps) {
  const start = progressRoute('/', 'Start a session', deps.auth);
  const complete = progressRoute('/complete', 'Complete a session', deps.auth);
  const incomplete = progressRoute('/incomplete', 'Undo the completion of a session', deps.auth);
  return createRouter<AppEnv>()
    .openapi(start, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(
        courseProgressJson(await deps.recordSessionProgress.execute({ ...input, change: 'start' })),
        201,
      );
    })
    .openapi(complete, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(
        courseProgressJson(await deps.recordSessionProgress.execute({ ...input, change: 'complete' })),
        201,
      );
    })
    .openapi(incomplete, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(
        courseProgressJson(await deps.recordSessionProgress.execute({ ...input, change: 'incomplete' })),
        201,
      );
    });
}
