import { portToken } from '../shared/port-token.js';
import type { PartnerAccessView, PartnerAdminView, UserView } from '../profile/profile-views.js';

/** The criteria of the super-admin search (SPEC section 5, `GET /api/v1/user`). */
export interface UserSearchCriteria {
  /** Substring of the email, case-insensitive; matched literally (no wildcards). */
  email?: string;
  /**
   * Only users holding at least one partner access matching every given field; their listed
   * accesses are then only the matching ones.
   */
  partnerAccess?: { featureTherapy?: boolean; active?: boolean };
  /** Only users with a partner admin row, active or not. */
  partnerAdminOnly?: boolean;
  includePartnerAccess: boolean;
  includePartnerAdmin: boolean;
  limit: number;
  offset: number;
}

export interface UserSearchResult {
  user: UserView;
  partnerAccesses: PartnerAccessView[];
  partnerAdmin: PartnerAdminView | null;
}

export interface UserSearch {
  /** Newest users first; relations not included are [] / null; `limit` counts users. */
  search(criteria: UserSearchCriteria): Promise<UserSearchResult[]>;
}
export const UserSearch = portToken<UserSearch>('UserSearch');
