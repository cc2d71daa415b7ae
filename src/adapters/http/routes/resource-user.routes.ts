import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { RecordResourceProgress } from '../../../application/resource-progress/record-resource-progress.js';
import type { ProgressChange } from '../../../domain/progress/progress-change.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { resourceProgressJson, ResourceProgressSchema } from '../schemas/profile.schema.js';
import { ResourceRefSchema } from '../schemas/resource.schema.js';

function progressRoute(path: string, summary: string, description: string, auth: MiddlewareHandler<AppEnv>) {
  return createRoute({
    method: 'post',
    path,
    tags: ['resources'],
    summary,
    description,
    middleware: [auth] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: ResourceRefSchema } }, required: true } },
    responses: {
      201: jsonResponse(ResourceProgressSchema, 'The caller’s progress on the resource'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
}

export interface ResourceUserRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  recordResourceProgress: RecordResourceProgress;
}

/** SPEC 13.3: the caller's progress on short videos, single videos and conversations. */
export function resourceUserRoutes(deps: ResourceUserRouteDeps) {
  const notFound = '404 RESOURCE_NOT_FOUND for an unknown resource or one not published.';
  const routes: [ProgressChange, ReturnType<typeof progressRoute>][] = [
    ['start', progressRoute('/', 'Start a resource', notFound, deps.auth)],
    [
      'complete',
      progressRoute(
        '/complete',
        'Complete a resource (the first completion time is kept)',
        notFound,
        deps.auth,
      ),
    ],
    [
      'incomplete',
      progressRoute(
        '/incomplete',
        'Undo the completion of a resource',
        '404 RESOURCE_NOT_FOUND for an unknown resource; unpublished and deleted ones are accepted.',
        deps.auth,
      ),
    ],
  ];
  const router = createRouter<AppEnv>();
  for (const [change, route] of routes) {
    router.openapi(route, async (c) => {
      const progress = await deps.recordResourceProgress.execute({
        userId: c.get('actor').userId,
        storyblokUuid: c.req.valid('json').storyblokUuid,
        change,
      });
      return c.json(resourceProgressJson(progress), 201);
    });
  }
  return router;
}
