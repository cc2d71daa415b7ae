import { z } from '@hono/zod-openapi';

/** SPEC 13.3: a resource named by its Storyblok uuid (upstream dropped `storyblokId` here). */
export const ResourceRefSchema = z
  .object({ storyblokUuid: z.string().trim().min(1).max(100) })
  .openapi('ResourceRef');
