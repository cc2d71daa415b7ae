import type { ProfileView } from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
import type { ReadProfile } from './read-profile.js';

/** GET /me: records the visit (at most one write an hour, which Crisp then shows) and reads the profile. */
export class GetMyProfile {
  constructor(
    private readonly users: UserRepository,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly readProfile: ReadProfile,
  ) {}

  async execute(userId: UserId): Promise<ProfileView> {
    await this.uow.run(async () => {
      if (await this.users.touchLastActive(userId, this.clock.now())) await this.profiles.enqueue(userId);
    });
    return this.readProfile.execute(userId);
  }
}
