import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { GiveResourceFeedback } from '../../../application/feedback/give-resource-feedback.js';
import type { GiveSessionFeedback } from '../../../application/feedback/give-session-feedback.js';
import type { ResourceId, SessionId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import {
  resourceFeedbackJson,
  ResourceFeedbackBodySchema,
  ResourceFeedbackSchema,
  sessionFeedbackJson,
  SessionFeedbackBodySchema,
  SessionFeedbackSchema,
} from '../schemas/feedback.schema.js';

export interface FeedbackRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  giveSessionFeedback: GiveSessionFeedback;
  giveResourceFeedback: GiveResourceFeedback;
}

const ANONYMOUS =
  'Anonymous: the row holds no user id. Any content status is accepted; every submission is a new row.';

/** SPEC 13.4: feedback on sessions and resources. */
export function feedbackRoutes(deps: FeedbackRouteDeps) {
  const session = createRoute({
    method: 'post',
    path: '/session-feedback',
    tags: ['feedback'],
    summary: 'Feedback on a session',
    description: `${ANONYMOUS} 404 SESSION_NOT_FOUND.`,
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: {
      body: { content: { 'application/json': { schema: SessionFeedbackBodySchema } }, required: true },
    },
    responses: {
      201: jsonResponse(SessionFeedbackSchema, 'The feedback as stored'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
  const resource = createRoute({
    method: 'post',
    path: '/resource-feedback',
    tags: ['feedback'],
    summary: 'Feedback on a resource',
    description: `${ANONYMOUS} 404 RESOURCE_NOT_FOUND.`,
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: {
      body: { content: { 'application/json': { schema: ResourceFeedbackBodySchema } }, required: true },
    },
    responses: {
      201: jsonResponse(ResourceFeedbackSchema, 'The feedback as stored'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
  return createRouter<AppEnv>()
    .openapi(session, async (c) => {
      const body = c.req.valid('json');
      const stored = await deps.giveSessionFeedback.execute({
        sessionId: body.sessionId as SessionId,
        feedbackTags: body.feedbackTags,
        feedbackDescription: body.feedbackDescription,
      });
      return c.json(sessionFeedbackJson(stored), 201);
    })
    .openapi(resource, async (c) => {
      const body = c.req.valid('json');
      const stored = await deps.giveResourceFeedback.execute({
        resourceId: body.resourceId as ResourceId,
        feedbackTags: body.feedbackTags,
        feedbackDescription: body.feedbackDescription,
      });
      return c.json(resourceFeedbackJson(stored), 201);
    });
}
