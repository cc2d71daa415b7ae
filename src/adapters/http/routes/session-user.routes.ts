import { createRoute } from '@hono/zod-openapi';
import type { DependencyContainer } from 'tsyringe';
import { CompleteSession } from '../../../application/progress/complete-session.js';
import { IncompleteSession } from '../../../application/progress/incomplete-session.js';
import { StartSession } from '../../../application/progress/start-session.js';
import type { AppEnv } from '../app-env.js';
import { authenticate, bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { courseProgressJson, CourseProgressSchema } from '../schemas/profile.schema.js';
import { sessionRefOf, SessionRefSchema } from '../schemas/progress.schema.js';

function progressRoute(path: string, summary: string, container: DependencyContainer) {
  return createRoute({
    method: 'post',
    path,
    tags: ['progress'],
    summary,
    middleware: [authenticate(container)] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: SessionRefSchema } }, required: true } },
    responses: {
      201: jsonResponse(CourseProgressSchema, 'The progress of the session’s course'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
}

export function sessionUserRoutes(container: DependencyContainer) {
  const start = progressRoute('/', 'Start a session', container);
  const complete = progressRoute('/complete', 'Complete a session', container);
  const incomplete = progressRoute('/incomplete', 'Undo the completion of a session', container);
  return createRouter<AppEnv>()
    .openapi(start, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(courseProgressJson(await container.resolve(StartSession).execute(input)), 201);
    })
    .openapi(complete, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(courseProgressJson(await container.resolve(CompleteSession).execute(input)), 201);
    })
    .openapi(incomplete, async (c) => {
      const input = { userId: c.get('actor').userId, session: sessionRefOf(c.req.valid('json')) };
      return c.json(courseProgressJson(await container.resolve(IncompleteSession).execute(input)), 201);
    });
}
