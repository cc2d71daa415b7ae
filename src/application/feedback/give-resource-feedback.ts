import type { ResourceRepository } from '../../domain/content/content-repositories.js';
import { ResourceNotFound } from '../../domain/content/content-errors.js';
import { ResourceFeedback, type FeedbackTag } from '../../domain/feedback/feedback.js';
import type { FeedbackRepository } from '../../domain/feedback/feedback-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { ResourceFeedbackId, ResourceId } from '../../domain/shared/ids.js';

export interface ResourceFeedbackInput {
  resourceId: ResourceId;
  feedbackTags: FeedbackTag;
  feedbackDescription?: string;
}

/** SPEC 13.4: as GiveSessionFeedback, about a resource. */
export class GiveResourceFeedback {
  constructor(
    private readonly resources: ResourceRepository,
    private readonly feedback: FeedbackRepository,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(input: ResourceFeedbackInput): Promise<ResourceFeedback> {
    if (!(await this.resources.findById(input.resourceId))) throw new ResourceNotFound();
    const row = new ResourceFeedback(
      this.ids.uuid() as ResourceFeedbackId,
      input.resourceId,
      input.feedbackTags,
      input.feedbackDescription ?? '',
      this.clock.now(),
    );
    await this.feedback.add(row);
    return row;
  }
}
