import { z } from '@hono/zod-openapi';
import type { SessionRef } from '../../../domain/progress/session-ref.js';

/** A session named by exactly one of its Storyblok id or uuid (SPEC.md 7.2). */
export const SessionRefSchema = z
  .object({
    storyblokId: z.number().int().positive().optional(),
    storyblokUuid: z.string().trim().min(1).max(64).optional(),
  })
  .refine((body) => (body.storyblokId === undefined) !== (body.storyblokUuid === undefined), {
    message: 'Give exactly one of storyblokId and storyblokUuid',
  })
  .openapi('SessionRef');

export function sessionRefOf(body: z.infer<typeof SessionRefSchema>): SessionRef {
  return body.storyblokId !== undefined
    ? { storyblokId: body.storyblokId }
    : { storyblokUuid: body.storyblokUuid ?? '' };
}
