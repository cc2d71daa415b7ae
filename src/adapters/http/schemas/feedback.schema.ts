import { z } from '@hono/zod-openapi';
import {
  FEEDBACK_TAGS,
  MAX_FEEDBACK_DESCRIPTION,
  normaliseFeedbackDescription,
  type Feedback,
} from '../../../domain/feedback/feedback.js';
import { iso, Timestamp, Uuid } from './common.js';

const feedbackTags = z.enum(FEEDBACK_TAGS).openapi({ description: 'One tag, despite the name' });

/**
 * SPEC 13.4: control characters other than tab and newline stripped, trimmed, then 0–5000
 * characters (code points, as PostgreSQL counts them). Error messages never quote the text.
 */
const feedbackDescription = z
  .string()
  .transform(normaliseFeedbackDescription)
  .refine((text) => [...text].length <= MAX_FEEDBACK_DESCRIPTION, {
    message: `At most ${MAX_FEEDBACK_DESCRIPTION} characters`,
  })
  .optional()
  .openapi({ type: 'string', description: 'Plain text, at most 5000 characters; default empty' });

export const SessionFeedbackBodySchema = z
  .object({ sessionId: Uuid, feedbackTags, feedbackDescription })
  .openapi('SessionFeedbackBody');

export const ResourceFeedbackBodySchema = z
  .object({ resourceId: Uuid, feedbackTags, feedbackDescription })
  .openapi('ResourceFeedbackBody');

const answer = { id: z.guid(), feedbackTags, feedbackDescription: z.string(), createdAt: Timestamp };

export const SessionFeedbackSchema = z.object({ ...answer, sessionId: z.guid() }).openapi('SessionFeedback');
export const ResourceFeedbackSchema = z
  .object({ ...answer, resourceId: z.guid() })
  .openapi('ResourceFeedback');

function feedbackJson(feedback: Feedback & { id: string }) {
  return {
    id: feedback.id,
    feedbackTags: feedback.feedbackTags,
    feedbackDescription: feedback.feedbackDescription,
    createdAt: iso(feedback.createdAt),
  };
}

export function sessionFeedbackJson(
  feedback: Feedback & { id: string; sessionId: string },
): z.infer<typeof SessionFeedbackSchema> {
  return { ...feedbackJson(feedback), sessionId: feedback.sessionId };
}

export function resourceFeedbackJson(
  feedback: Feedback & { id: string; resourceId: string },
): z.infer<typeof ResourceFeedbackSchema> {
  return { ...feedbackJson(feedback), resourceId: feedback.resourceId };
}
