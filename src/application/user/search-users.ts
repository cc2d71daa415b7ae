import type { ProfileWithResources } from '../../domain/profile/profile-views.js';
import type { UserSearch, UserSearchCriteria } from '../../domain/user/user-search.js';

/**
 * GET / (super admin): profile objects of matching users, with every row of the included
 * relations (SPEC 12.5: the 12.4 narrowing is for the caller's own profile); progress and
 * resources are never included.
 */
export class SearchUsers {
  constructor(private readonly search: UserSearch) {}

  async execute(criteria: UserSearchCriteria): Promise<ProfileWithResources[]> {
    // SPEC 12.5: a relation filter implies that relation's include.
    const found = await this.search.search({
      ...criteria,
      includePartnerAccess: criteria.includePartnerAccess || criteria.partnerAccess !== undefined,
      includePartnerAdmin: criteria.includePartnerAdmin || criteria.partnerAdminOnly === true,
    });
    return found.map((result) => ({ ...result, courses: [], resources: [] }));
  }
}
