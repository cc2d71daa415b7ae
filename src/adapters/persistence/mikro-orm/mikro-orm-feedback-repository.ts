import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ResourceFeedback, SessionFeedback } from '../../../domain/feedback/feedback.js';
import type { FeedbackRepository } from '../../../domain/feedback/feedback-repository.js';

export class MikroOrmFeedbackRepository implements FeedbackRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async add(feedback: SessionFeedback | ResourceFeedback): Promise<void> {
    await this.em.persist(feedback).flush();
  }
}
