import type { FeatureId, PartnerFeatureId, PartnerId } from '../shared/ids.js';

/** A feature switched on (or off) for one partner. */
export class PartnerFeature {
  constructor(
    readonly id: PartnerFeatureId,
    readonly partnerId: PartnerId,
    readonly featureId: FeatureId,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _active = true,
  ) {}

  static create(
    id: PartnerFeatureId,
    partnerId: PartnerId,
    featureId: FeatureId,
    active: boolean,
    now: Date,
  ): PartnerFeature {
    return new PartnerFeature(id, partnerId, featureId, now, now, active);
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
