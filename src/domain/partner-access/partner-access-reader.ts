import { portToken } from '../shared/port-token.js';
import type { PartnerAccessView } from '../profile/profile-views.js';
import type { PartnerAccessId, PartnerId } from '../shared/ids.js';

export interface PartnerAccessFilter {
  partnerId?: PartnerId;
  /** Normalised (AccessCode.normalise); a text that is no well-formed code matches nothing. */
  accessCode?: string;
  featureTherapy?: boolean;
  active?: boolean;
  /** true: only accesses someone holds; false: only unclaimed codes. */
  claimed?: boolean;
  limit: number;
  offset: number;
}

/** The PartnerAccess shape of SPEC section 5 (partner with its features, therapy sessions), no user details. */
export interface PartnerAccessReader {
  byId(id: PartnerAccessId): Promise<PartnerAccessView | null>;
  /** Newest first. */
  list(filter: PartnerAccessFilter): Promise<PartnerAccessView[]>;
}
export const PartnerAccessReader = portToken<PartnerAccessReader>('PartnerAccessReader');
