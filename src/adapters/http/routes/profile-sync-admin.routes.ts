import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ListSyncJobs } from '../../../application/profile-sync/list-sync-jobs.js';
import type { RetryFailedSyncJobs } from '../../../application/profile-sync/retry-failed-sync-jobs.js';
import type { SyncJobId, SyncJobKind } from '../../../domain/profile-sync/sync-job.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import {
  RetrySyncJobsBody,
  RetrySyncJobsSchema,
  SyncJobListQuery,
  SyncJobListSchema,
  syncJobJson,
} from '../schemas/profile-sync.schema.js';

export interface ProfileSyncAdminRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  listSyncJobs: ListSyncJobs;
  retryFailedSyncJobs: RetryFailedSyncJobs;
}

/** The super-admin view of the Crisp profile jobs of the outbox (SPEC.md section 8), mounted at /api/v1. */
export function profileSyncAdminRoutes(deps: ProfileSyncAdminRouteDeps) {
  return syncJobAdminRoutes(deps, {
    path: '/admin/profile-sync',
    kind: 'chat_profile',
    noun: 'profile-sync',
  });
}

/** The same view of the WhatsApp contact jobs (SPEC 13.7): one outbox, one route pair per kind. */
export function contactSyncAdminRoutes(deps: ProfileSyncAdminRouteDeps) {
  return syncJobAdminRoutes(deps, {
    path: '/admin/contact-sync',
    kind: 'contact_sync',
    noun: 'contact-sync',
  });
}

function syncJobAdminRoutes(
  deps: ProfileSyncAdminRouteDeps,
  { path, kind, noun }: { path: string; kind: SyncJobKind; noun: string },
) {
  const list = createRoute({
    method: 'get',
    path,
    tags: ['admin'],
    summary: `List failed or pending ${noun} jobs`,
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { query: SyncJobListQuery },
    responses: {
      200: jsonResponse(SyncJobListSchema, 'The jobs, and how many have that status'),
      ...errorResponses(400, 401, 403),
    },
  });
  const retry = createRoute({
    method: 'post',
    path: `${path}/retry`,
    tags: ['admin'],
    summary: `Send failed ${noun} jobs back to the queue, due now`,
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: {
      body: { content: { 'application/json': { schema: RetrySyncJobsBody } }, required: false },
    },
    responses: {
      201: jsonResponse(RetrySyncJobsSchema, 'How many jobs are pending again'),
      ...errorResponses(400, 401, 403),
    },
  });

  return createRouter<AppEnv>()
    .openapi(list, async (c) => {
      const { status, limit } = c.req.valid('query');
      const { total, jobs } = await deps.listSyncJobs.execute({ status, limit, kind });
      return c.json({ total, jobs: jobs.map(syncJobJson) }, 200);
    })
    .openapi(retry, async (c) => {
      const { ids } = c.req.valid('json');
      return c.json(
        await deps.retryFailedSyncJobs.execute({ ids: ids as SyncJobId[] | undefined, kind }),
        201,
      );
    });
}
