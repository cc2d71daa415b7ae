import type { ResourceFeedback, SessionFeedback } from '../../../domain/feedback/feedback.js';
import type { FeedbackRepository } from '../../../domain/feedback/feedback-repository.js';

export class InMemoryFeedbackRepository implements FeedbackRepository {
  readonly rows: (SessionFeedback | ResourceFeedback)[] = [];

  async add(feedback: SessionFeedback | ResourceFeedback): Promise<void> {
    this.rows.push(feedback);
  }
}
