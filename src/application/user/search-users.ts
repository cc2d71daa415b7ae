import type { ProfileView } from '../../domain/profile/profile-views.js';
import type { UserSearch, UserSearchCriteria } from '../../domain/user/user-search.js';

/** GET / (super admin): profile objects of matching users; progress is never included. */
export class SearchUsers {
  constructor(private readonly search: UserSearch) {}

  async execute(criteria: UserSearchCriteria): Promise<ProfileView[]> {
    const found = await this.search.search(criteria);
    return found.map((result) => ({ ...result, courses: [] }));
  }
}
