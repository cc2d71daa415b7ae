import { createRoute, z } from '@hono/zod-openapi';
import { type DatabaseHealth, DatabaseUnavailable } from '../../../domain/shared/database-health.js';
import type { AppEnv } from '../app-env.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';

const Status = z.object({ status: z.literal('ok') }).openapi('Status');

const ping = createRoute({
  method: 'get',
  path: '/ping',
  tags: ['health'],
  summary: 'The API is up',
  responses: { 200: jsonResponse(Status, 'Up') },
});

const pingDatabase = createRoute({
  method: 'get',
  path: '/ping/database',
  tags: ['health'],
  summary: 'The database answers',
  responses: { 200: jsonResponse(Status, 'Database reachable'), ...errorResponses(503) },
});

export interface PingRouteDeps {
  databaseHealth: DatabaseHealth;
}

export function pingRoutes(deps: PingRouteDeps) {
  return createRouter<AppEnv>()
    .openapi(ping, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(pingDatabase, async (c) => {
      const reachable = await deps.databaseHealth.isReachable();
      if (!reachable) throw new DatabaseUnavailable();
      return c.json({ status: 'ok' as const }, 200);
    });
}
