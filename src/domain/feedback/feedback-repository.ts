import { portToken } from '../shared/port-token.js';
import type { ResourceFeedback, SessionFeedback } from './feedback.js';

/** Feedback rows are only ever added (SPEC 13.4): nothing reads them back but reporting. */
export interface FeedbackRepository {
  add(feedback: SessionFeedback | ResourceFeedback): Promise<void>;
}
export const FeedbackRepository = portToken<FeedbackRepository>('FeedbackRepository');
