import type { PartnerAdminId, PartnerId, UserId } from '../shared/ids.js';

/** A user who mints and lists access codes for one partner. */
export class PartnerAdmin {
  constructor(
    readonly id: PartnerAdminId,
    readonly userId: UserId,
    readonly partnerId: PartnerId,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _active = true,
  ) {}

  static create(id: PartnerAdminId, userId: UserId, partnerId: PartnerId, now: Date): PartnerAdmin {
    return new PartnerAdmin(id, userId, partnerId, now, now);
  }

  get active(): boolean {
    return this._active;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  setActive(active: boolean, now: Date): void {
    if (this._active === active) return;
    this._active = active;
    this._updatedAt = now;
  }
}
