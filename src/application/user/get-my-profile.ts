import type { ProfileWithResources } from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { activityIsDue } from '../../domain/user/user.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
import type { ReadProfile } from './read-profile.js';

/**
 * GET /me: reads the profile and records the visit. lastActiveAt moves at most once an hour
 * (Crisp shows it), so most calls are reads only: no transaction, no write.
 */
export class GetMyProfile {
  constructor(
    private readonly users: UserRepository,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly readProfile: ReadProfile,
  ) {}

  async execute(userId: UserId): Promise<ProfileWithResources> {
    const profile = await this.readProfile.execute(userId);
    const now = this.clock.now();
    const seen = profile.user.lastActiveAt;
    if (!activityIsDue(seen, now)) return profile;
    // The write only lands if lastActiveAt still holds what was read: of two visits racing past
    // the check, one records it.
    const recorded = await this.uow.run(async () => {
      const wrote = await this.users.touchLastActive(userId, seen, now);
      if (wrote) await this.profiles.enqueue(userId);
      return wrote;
    });
    return recorded ? { ...profile, user: { ...profile.user, lastActiveAt: now } } : profile;
  }
}
