import { chatProfileDeletion, chatProfileOf, canChat } from '../../domain/chat-profile/chat-profile.js';
import type { ChatProfileAddresses } from '../../domain/chat-profile/chat-profile-addresses.js';
import type { ChatProfiles } from '../../domain/chat-profile/chat-profiles.js';
import type { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import type { SyncJobDeliverer } from '../../domain/profile-sync/sync-job.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';

/**
 * Brings one user's chat profile to what the database says now (SPEC.md section 8). It reads
 * the same account and progress GET /me shows, outside any transaction, so order and duplicate
 * jobs do not matter. A user who never had a profile and cannot chat gets none; one who had a
 * profile keeps it current even after losing live chat, so it never shows stale access.
 */
export class DeliverChatProfile implements SyncJobDeliverer {
  constructor(
    private readonly accounts: AccountReader,
    private readonly progress: CourseProgressReader,
    private readonly addresses: ChatProfileAddresses,
    private readonly profiles: ChatProfiles,
    private readonly clock: Clock,
  ) {}

  async execute(userId: UserId): Promise<void> {
    const account = await this.accounts.account(userId);
    if (!account) return;
    const address = await this.addresses.lastDelivered(userId);
    if (account.user.deletedAt) {
      if (!address) return;
      await this.profiles.markDeleted(address, chatProfileDeletion(account.user.deletedAt));
      await this.addresses.forget(userId);
      return;
    }
    const view = { ...account, courses: await this.progress.forUser(userId) };
    if (!address && !canChat(view)) return;
    const now = this.clock.now();
    const profile = chatProfileOf(view, now);
    await this.profiles.saveProfile(profile, address);
    // Remembered as soon as the profile exists under it, before the data: if the data update
    // fails and the user is then deleted, the deletion update still finds the profile.
    if (address !== profile.email) await this.addresses.remember(userId, profile.email, now);
    await this.profiles.saveData(profile.email, profile.data);
  }
}
