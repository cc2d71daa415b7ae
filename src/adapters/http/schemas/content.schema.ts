import { z } from '@hono/zod-openapi';

const STORY_ACTIONS = ['published', 'unpublished', 'deleted', 'moved'];

/**
 * Storyblok's webhook body (SPEC.md 7.1); other fields Storyblok adds are ignored. Only the
 * story actions need a `story_id`: other events (releases, workflow changes…) carry none.
 */
export const StoryblokWebhookSchema = z
  .object({
    action: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: 'published, unpublished, deleted or moved; others are ignored' }),
    story_id: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: 'Required for published, unpublished, deleted and moved' }),
    text: z.string().optional(),
    space_id: z.number().int().optional(),
    full_slug: z.string().optional(),
  })
  .refine((body) => body.story_id !== undefined || !STORY_ACTIONS.includes(body.action), {
    path: ['story_id'],
    message: 'Required for this action',
  })
  .openapi('StoryblokWebhook');

export const StorySyncedSchema = z
  .object({
    result: z.enum(['course', 'session', 'resource']),
    id: z.guid(),
    status: z.enum(['published', 'unpublished', 'deleted']),
  })
  .openapi('StorySynced');

export const StoryIgnoredSchema = z.object({ result: z.literal('ignored') }).openapi('StoryIgnored');
