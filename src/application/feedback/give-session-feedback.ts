import type { SessionRepository } from '../../domain/content/content-repositories.js';
import { SessionNotFound } from '../../domain/content/content-errors.js';
import { SessionFeedback, type FeedbackTag } from '../../domain/feedback/feedback.js';
import type { FeedbackRepository } from '../../domain/feedback/feedback-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { SessionFeedbackId, SessionId } from '../../domain/shared/ids.js';

export interface SessionFeedbackInput {
  sessionId: SessionId;
  feedbackTags: FeedbackTag;
  feedbackDescription?: string;
}

/** SPEC 13.4: anonymous feedback on a session of any status; every submission is a new row. */
export class GiveSessionFeedback {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly feedback: FeedbackRepository,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(input: SessionFeedbackInput): Promise<SessionFeedback> {
    if (!(await this.sessions.findById(input.sessionId))) throw new SessionNotFound();
    const row = new SessionFeedback(
      this.ids.uuid() as SessionFeedbackId,
      input.sessionId,
      input.feedbackTags,
      input.feedbackDescription ?? '',
      this.clock.now(),
    );
    await this.feedback.add(row);
    return row;
  }
}
