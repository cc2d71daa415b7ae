import { portToken } from '../shared/port-token.js';
import type { PartnerAccessId, UserId } from '../shared/ids.js';
import type { TherapyCredit } from './therapy-credit.js';

/**
 * The partner_access rows as therapy sees them. The reads lock the rows until the unit of work
 * ends, always in one order (createdAt, then id), so concurrent bookings queue instead of
 * deadlocking and every debit sees the counters the previous one left.
 */
export interface TherapyCredits {
  /** Every access the user holds, locked. */
  forUserForUpdate(userId: UserId): Promise<TherapyCredit[]>;
  /** One access, locked; null when absent. */
  findByIdForUpdate(accessId: PartnerAccessId): Promise<TherapyCredit | null>;
  /** Writes the two counters (the database refuses negatives). */
  save(credit: TherapyCredit): Promise<void>;
}
export const TherapyCredits = portToken<TherapyCredits>('TherapyCredits');
