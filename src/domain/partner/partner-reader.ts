import { portToken } from '../shared/port-token.js';
import type { PartnerView } from '../profile/profile-views.js';
import type { PartnerId } from '../shared/ids.js';

/** The Partner shape of SPEC section 5, with its partner features and their feature names. */
export interface PartnerReader {
  byId(id: PartnerId): Promise<PartnerView | null>;
  /** The active partner with exactly this name, compared case-insensitively. */
  activeByName(name: string): Promise<PartnerView | null>;
}
export const PartnerReader = portToken<PartnerReader>('PartnerReader');
