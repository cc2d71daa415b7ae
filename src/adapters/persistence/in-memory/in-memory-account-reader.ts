import type { AccountReader } from '../../../domain/profile/profile-readers.js';
import type { PartnerAccessView, PartnerAdminView, UserView } from '../../../domain/profile/profile-views.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { userView } from '../../../domain/user/user-view.js';
import type { InMemoryUserRepository } from './in-memory-user-repository.js';

/** Users from the in-memory repository; accesses and admin roles are whatever a test puts in. */
export class InMemoryAccountReader implements AccountReader {
  readonly partnerAccesses = new Map<UserId, PartnerAccessView[]>();
  readonly partnerAdmins = new Map<UserId, PartnerAdminView>();

  constructor(private readonly users: InMemoryUserRepository) {}

  async account(userId: UserId): Promise<{
    user: UserView;
    partnerAccesses: PartnerAccessView[];
    partnerAdmin: PartnerAdminView | null;
  } | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    return {
      user: userView(user),
      partnerAccesses: this.partnerAccesses.get(userId) ?? [],
      partnerAdmin: this.partnerAdmins.get(userId) ?? null,
    };
  }
}
