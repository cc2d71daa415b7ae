import type { SubscriptionId, SubscriptionUserId, UserId } from '../shared/ids.js';

/** The kinds of subscription; `whatsapp` is seeded by a migration (SPEC 13.1). */
export type SubscriptionName = 'whatsapp';

/** Subscription as the API answers it (SPEC 13.6). */
export interface SubscriptionView {
  id: SubscriptionUserId;
  subscriptionId: SubscriptionId;
  subscriptionName: string;
  subscriptionInfo: string;
  createdAt: Date;
  cancelledAt: Date | null;
}

/**
 * A user's subscription to notes on one channel, holding the number they gave. At most one is
 * active per user and kind; a cancelled row stays (the contact sync removes its number).
 */
export class SubscriptionUser {
  constructor(
    readonly id: SubscriptionUserId,
    readonly userId: UserId,
    readonly subscriptionId: SubscriptionId,
    readonly subscriptionInfo: string,
    readonly createdAt: Date,
    private _updatedAt: Date,
    private _cancelledAt: Date | null = null,
    /** Written by the contact sync alone (SPEC 13.7), once the hook call for the row succeeded. */
    readonly contactAddedAt: Date | null = null,
    readonly contactRemovedAt: Date | null = null,
  ) {}

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get cancelledAt(): Date | null {
    return this._cancelledAt;
  }

  /**
   * Cancels at the server's `now`, never at a time the client names (no backdating). False,
   * with nothing changed, when it was cancelled already.
   */
  cancel(now: Date): boolean {
    if (this._cancelledAt !== null) return false;
    this._cancelledAt = now;
    this._updatedAt = now;
    return true;
  }

  viewAs(subscriptionName: string): SubscriptionView {
    return {
      id: this.id,
      subscriptionId: this.subscriptionId,
      subscriptionName,
      subscriptionInfo: this.subscriptionInfo,
      createdAt: this.createdAt,
      cancelledAt: this._cancelledAt,
    };
  }
}
