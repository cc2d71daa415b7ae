import { portToken } from '../shared/port-token.js';
import type { PartnerAdminId, PartnerId, UserId } from '../shared/ids.js';
import type { PartnerAdmin } from './partner-admin.js';

export interface PartnerAdminRepository {
  findById(id: PartnerAdminId): Promise<PartnerAdmin | null>;
  /** Read fresh and share-locked until the unit of work ends (see PartnerRepository.findByIdForShare). */
  findByIdForShare(id: PartnerAdminId): Promise<PartnerAdmin | null>;
  findByUserId(userId: UserId): Promise<PartnerAdmin | null>;
  /** Throws UserAlreadyPartnerAdmin when the user already has a row (the database decides). */
  add(admin: PartnerAdmin): Promise<void>;
  save(admin: PartnerAdmin): Promise<void>;
  /** Deactivates every admin of the partner; returns how many changed. */
  deactivateAllOf(partnerId: PartnerId, now: Date): Promise<number>;
}
export const PartnerAdminRepository = portToken<PartnerAdminRepository>('PartnerAdminRepository');
