import type { ResourceFeedbackId, ResourceId, SessionFeedbackId, SessionId } from '../shared/ids.js';
import { domainError } from '../shared/domain-error.js';

/** SPEC 13.4: one tag per submission, despite the field's plural name. */
export const FEEDBACK_TAGS = [
  'relatable',
  'useful',
  'inspiring',
  'too long',
  'too complicated',
  'not useful',
] as const;
export type FeedbackTag = (typeof FEEDBACK_TAGS)[number];

export const MAX_FEEDBACK_DESCRIPTION = 5000;

export class InvalidFeedbackDescription extends domainError('invalid', 'VALIDATION_FAILED') {}

// Control characters (C0, DEL, C1) except tab and newline.
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * SPEC 13.4: control characters other than tab and newline stripped, then trimmed; what is
 * left may hold at most 5000 characters (counted as code points, as PostgreSQL counts them).
 */
export function normaliseFeedbackDescription(text: string): string {
  return text.replace(STRIPPED, '').trim();
}

function checkedDescription(text: string): string {
  const description = normaliseFeedbackDescription(text);
  if ([...description].length > MAX_FEEDBACK_DESCRIPTION)
    throw new InvalidFeedbackDescription(`at most ${MAX_FEEDBACK_DESCRIPTION} characters`);
  return description;
}

/**
 * What session and resource feedback share: anonymous (no user id, as upstream), a new row per
 * submission, written once. The description is plain text that is never logged or reported.
 */
export abstract class Feedback {
  readonly feedbackDescription: string;

  constructor(
    readonly feedbackTags: FeedbackTag,
    feedbackDescription: string,
    readonly createdAt: Date,
    readonly updatedAt: Date,
  ) {
    this.feedbackDescription = checkedDescription(feedbackDescription ?? '');
  }
}

export class SessionFeedback extends Feedback {
  constructor(
    readonly id: SessionFeedbackId,
    readonly sessionId: SessionId,
    feedbackTags: FeedbackTag,
    feedbackDescription: string,
    now: Date,
  ) {
    super(feedbackTags, feedbackDescription, now, now);
  }
}

export class ResourceFeedback extends Feedback {
  constructor(
    readonly id: ResourceFeedbackId,
    readonly resourceId: ResourceId,
    feedbackTags: FeedbackTag,
    feedbackDescription: string,
    now: Date,
  ) {
    super(feedbackTags, feedbackDescription, now, now);
  }
}
