import { portToken } from '../shared/port-token.js';
import type { SubscriptionId, SubscriptionUserId, UserId } from '../shared/ids.js';
import type { SubscriptionName, SubscriptionUser, SubscriptionView } from './subscription-user.js';

export interface SubscriptionRepository {
  /** The id of a seeded kind of subscription. */
  subscriptionId(name: SubscriptionName): Promise<SubscriptionId>;
  /**
   * Inserts the row unless the user already holds an active subscription of its kind (the
   * partial unique index decides, so of concurrent calls one inserts); false then, without
   * aborting the unit of work.
   */
  addIfNoneActive(subscription: SubscriptionUser): Promise<boolean>;
  /** The user's row of that kind, locked until the unit of work ends; null when not theirs. */
  findOwnForUpdate(
    userId: UserId,
    id: SubscriptionUserId,
    subscriptionId: SubscriptionId,
  ): Promise<SubscriptionUser | null>;
  save(subscription: SubscriptionUser): Promise<void>;
  /** Every row of the user, active and cancelled, newest first. */
  listForUser(userId: UserId): Promise<SubscriptionView[]>;
  /**
   * Account deletion (SPEC 5.2, 13.6): cancels the user's active rows at `now`. True when any of
   * the user's rows still holds a number, so the contact sync has removals or redactions to do.
   */
  cancelAllForDeletion(userId: UserId, now: Date): Promise<boolean>;
}
export const SubscriptionRepository = portToken<SubscriptionRepository>('SubscriptionRepository');
