import type { Partner } from '../partner/partner.js';
import { portToken } from '../shared/port-token.js';
import type { PartnerAccessId, PartnerId } from '../shared/ids.js';
import type { AccessCode } from './access-code.js';
import type { PartnerAccess } from './partner-access.js';

/** An access found by its code, with the partner that minted it: SPEC 6.2 checks both. */
export interface CodedAccess {
  access: PartnerAccess;
  partner: Partner;
}

export interface PartnerAccessRepository {
  findById(id: PartnerAccessId): Promise<PartnerAccess | null>;
  /** Locks the row until the unit of work ends (inside one only). */
  findByIdForUpdate(id: PartnerAccessId): Promise<PartnerAccess | null>;
  /**
   * The access holding `code` and its partner, read together, for the checks only: to change
   * the access, read it with `findByCodeForUpdate`.
   */
  findByCode(code: AccessCode): Promise<CodedAccess | null>;
  /**
   * `findByCode`, reading the latest committed version and locking the access row (not the
   * partner's) until the unit of work ends.
   */
  findByCodeForUpdate(code: AccessCode): Promise<CodedAccess | null>;
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
