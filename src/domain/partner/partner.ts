import type { PartnerId } from '../shared/ids.js';
import { InvalidPartnerName } from './partner-errors.js';

/** An organisation whose users get access to Bloom through codes or automatic sign-up. */
export class Partner {
  constructor(
    readonly id: PartnerId,
    readonly name: string,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _isActive = true,
  ) {}

  static create(id: PartnerId, name: string, now: Date): Partner {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 255) throw new InvalidPartnerName();
    return new Partner(id, trimmed, now, now);
  }

  get isActive(): boolean {
    return this._isActive;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  setActive(active: boolean, now: Date): void {
    if (this._isActive === active) return;
    this._isActive = active;
    this._updatedAt = now;
  }
}
