import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { SyncCourseFromStory } from '../../../application/content/sync-course-from-story.js';
import { InvalidStoryblokSignature } from '../../../domain/content/content-errors.js';
import type { HttpSettings } from '../http-settings.js';
import { rejectNul } from '../middleware/reject-nul.js';
import type { AppEnv } from '../app-env.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { StoryblokWebhookSchema, StoryIgnoredSchema, StorySyncedSchema } from '../schemas/content.schema.js';
import { isValidStoryblokSignature } from '../storyblok-signature.js';

/**
 * Runs before the body validator: the HMAC covers the exact bytes received, so nothing is
 * parsed (and no JSON error can answer) until the signature is known to be right.
 */
function storyblokSignature(secret: string | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (!isValidStoryblokSignature(raw, c.req.header('webhook-signature'), secret))
      throw new InvalidStoryblokSignature();
    await next();
  };
}

export interface StoryblokWebhookRouteDeps {
  syncCourseFromStory: SyncCourseFromStory;
}

export function storyblokWebhookRoutes(deps: StoryblokWebhookRouteDeps, settings: HttpSettings) {
  const route = createRoute({
    method: 'post',
    path: '/webhooks/storyblok',
    tags: ['webhooks'],
    summary: 'Storyblok story published, unpublished, deleted or moved',
    description:
      'Signed: `webhook-signature` is the hex HMAC-SHA1 of the raw body keyed with STORYBLOK_WEBHOOK_SECRET.',
    middleware: [storyblokSignature(settings.storyblokWebhookSecret), rejectNul] as const,
    request: {
      body: { content: { 'application/json': { schema: StoryblokWebhookSchema } }, required: true },
    },
    responses: {
      200: jsonResponse(StoryIgnoredSchema, 'Nothing to do for this story or action'),
      201: jsonResponse(StorySyncedSchema, 'The course, session or resource as stored now'),
      ...errorResponses(400, 401, 404, 409, 502, 503),
    },
  });
  return createRouter<AppEnv>().openapi(route, async (c) => {
    const body = c.req.valid('json');
    const synced = await deps.syncCourseFromStory.execute({ action: body.action, storyId: body.story_id });
    if (synced.result === 'ignored') return c.json({ result: 'ignored' as const }, 200);
    return c.json(synced, 201);
  });
}
