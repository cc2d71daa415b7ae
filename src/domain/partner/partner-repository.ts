import { portToken } from '../shared/port-token.js';
import type { PartnerId } from '../shared/ids.js';
import type { Partner } from './partner.js';

export interface PartnerRepository {
  findById(id: PartnerId): Promise<Partner | null>;
  /** Read fresh and locked for update until the unit of work ends (activation changes). */
  findByIdForUpdate(id: PartnerId): Promise<Partner | null>;
  /**
   * Read fresh and share-locked until the unit of work ends: work that must not outlive the
   * partner's activation (minting a code) waits for a deactivation in flight, or holds it off.
   */
  findByIdForShare(id: PartnerId): Promise<Partner | null>;
  /** Exact name, compared case-insensitively. */
  findByName(name: string): Promise<Partner | null>;
  /** Oldest first. */
  list(): Promise<Partner[]>;
  /** Throws PartnerAlreadyExists when the name is taken case-insensitively (the database decides). */
  add(partner: Partner): Promise<void>;
  save(partner: Partner): Promise<void>;
}
export const PartnerRepository = portToken<PartnerRepository>('PartnerRepository');
