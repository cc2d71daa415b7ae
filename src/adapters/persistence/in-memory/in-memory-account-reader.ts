import type { AccountReader } from '../../../domain/profile/profile-readers.js';
import type {
  PartnerAccessView,
  PartnerAdminView,
  ResourceProgressView,
  UserView,
} from '../../../domain/profile/profile-views.js';
import { resourceProgressOf } from '../../../domain/resource-progress/resource-user.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { userView } from '../../../domain/user/user-view.js';
import type { InMemoryResourceRepository } from './in-memory-resource-repository.js';
import type { InMemoryResourceUserRepository } from './in-memory-resource-user-repository.js';
import type { InMemoryUserRepository } from './in-memory-user-repository.js';

/**
 * Users from the in-memory repository; accesses and admin roles are whatever a test puts in;
 * resources come from the in-memory resource stores when given.
 */
export class InMemoryAccountReader implements AccountReader {
  readonly partnerAccesses = new Map<UserId, PartnerAccessView[]>();
  readonly partnerAdmins = new Map<UserId, PartnerAdminView>();

  constructor(
    private readonly users: InMemoryUserRepository,
    private readonly resourceStores?: {
      resources: InMemoryResourceRepository;
      progress: InMemoryResourceUserRepository;
    },
  ) {}

  async account(userId: UserId): Promise<{
    user: UserView;
    partnerAccesses: PartnerAccessView[];
    partnerAdmin: PartnerAdminView | null;
    resources: ResourceProgressView[];
  } | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    return {
      user: userView(user),
      partnerAccesses: this.partnerAccesses.get(userId) ?? [],
      partnerAdmin: this.partnerAdmins.get(userId) ?? null,
      resources: await this.resourcesOf(userId),
    };
  }

  /** As the SQL reader: every resource the user started, oldest progress row first. */
  private async resourcesOf(userId: UserId): Promise<ResourceProgressView[]> {
    if (!this.resourceStores) return [];
    const { resources, progress } = this.resourceStores;
    const rows = progress
      .all()
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const views: ResourceProgressView[] = [];
    for (const row of rows) {
      const resource = await resources.findById(row.resourceId);
      if (resource) views.push(resourceProgressOf(resource, row));
    }
    return views;
  }
}
