import { portToken } from '../shared/port-token.js';
import type { PartnerAccessId, PartnerId } from '../shared/ids.js';
import type { AccessCode } from './access-code.js';
import type { PartnerAccess } from './partner-access.js';

export interface PartnerAccessRepository {
  findById(id: PartnerAccessId): Promise<PartnerAccess | null>;
  /** Locks the row until the unit of work ends (inside one only). */
  findByIdForUpdate(id: PartnerAccessId): Promise<PartnerAccess | null>;
  findByCode(code: AccessCode): Promise<PartnerAccess | null>;
  /** Locks the row until the unit of work ends, and reads the latest committed version. */
  findByCodeForUpdate(code: AccessCode): Promise<PartnerAccess | null>;
  /**
   * Inserts a minted access unless its code is taken; false on a collision. It never fails the
   * surrounding transaction, so the caller can retry with another code.
   */
  addIfCodeFree(access: PartnerAccess): Promise<boolean>;
  add(access: PartnerAccess): Promise<void>;
  save(access: PartnerAccess): Promise<void>;
  /** Deactivates the partner's codes nobody has claimed yet; returns how many changed. */
  deactivateUnclaimedOf(partnerId: PartnerId, now: Date): Promise<number>;
}
export const PartnerAccessRepository = portToken<PartnerAccessRepository>('PartnerAccessRepository');
