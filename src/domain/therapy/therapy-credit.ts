import type { PartnerAccessId, UserId } from '../shared/ids.js';
import { NoTherapyAccess, TherapyCreditsInconsistent } from './therapy-errors.js';

/**
 * Therapy's own view of a partner_access row: only what booking needs (who holds it, whether it
 * grants therapy, and its two counters). The PartnerAccess aggregate owns the rest of the row.
 */
export class TherapyCredit {
  constructor(
    readonly accessId: PartnerAccessId,
    readonly userId: UserId | null,
    readonly active: boolean,
    readonly featureTherapy: boolean,
    readonly createdAt: Date,
    private _remaining: number,
    private _redeemed: number,
  ) {}

  get remaining(): number {
    return this._remaining;
  }

  get redeemed(): number {
    return this._redeemed;
  }

  /** Whether a new booking may be charged to this access. */
  get canRedeem(): boolean {
    return this.active && this.featureTherapy && this._remaining > 0;
  }

  redeem(): void {
    if (!this.canRedeem) throw new NoTherapyAccess();
    this._remaining -= 1;
    this._redeemed += 1;
  }

  /** Gives back a cancelled booking's session, even if the access was switched off since. */
  refund(): void {
    if (this._redeemed <= 0) throw new TherapyCreditsInconsistent();
    this._remaining += 1;
    this._redeemed -= 1;
  }
}

/** The access a new booking is charged to: eligible, oldest first (ties broken by id). */
export function accessToCharge(credits: readonly TherapyCredit[]): TherapyCredit | null {
  const eligible = credits.filter((credit) => credit.canRedeem);
  eligible.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.accessId.localeCompare(b.accessId),
  );
  return eligible[0] ?? null;
}
