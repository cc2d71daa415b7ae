import type { ResourceRepository } from '../../domain/content/content-repositories.js';
import { ResourceNotFound } from '../../domain/content/content-errors.js';
import type { ResourceProgressView } from '../../domain/profile/profile-views.js';
import type { ProgressChange } from '../../domain/progress/progress-change.js';
import { resourceProgressOf } from '../../domain/resource-progress/resource-user.js';
import type { ResourceUserRepository } from '../../domain/resource-progress/resource-user-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { ResourceUserId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export interface RecordResourceProgressInput {
  userId: UserId;
  storyblokUuid: string;
  change: ProgressChange;
}

/**
 * SPEC 13.3: start, complete or un-complete a resource. The resource is read share-locked (a
 * withdrawal waits, or this waits for it), the row is created or locked by one upsert on
 * (user, resource), so concurrent calls never fail or duplicate. No profile sync: resources are
 * not part of the chat profile.
 */
export class RecordResourceProgress {
  constructor(
    private readonly resources: ResourceRepository,
    private readonly progress: ResourceUserRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: RecordResourceProgressInput): Promise<ResourceProgressView> {
    return this.uow.run(async () => {
      const resource = await this.resources.findByStoryblokUuidForShare(input.storyblokUuid);
      if (!resource || !resource.acceptsProgress(input.change)) throw new ResourceNotFound();
      const now = this.clock.now();
      const row = await this.progress.ensureLocked(
        input.userId,
        resource.id,
        this.ids.uuid() as ResourceUserId,
        now,
      );
      if (row.apply(input.change, now)) await this.progress.save(row);
      return resourceProgressOf(resource, row);
    });
  }
}
