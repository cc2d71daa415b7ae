import type { UserId } from '../../domain/shared/ids.js';
import type { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import type { SubscriptionView } from '../../domain/subscription/subscription-user.js';

/** SPEC 13.6 `GET /`: the caller's subscriptions, active and cancelled, newest first. */
export class ListSubscriptions {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  execute(userId: UserId): Promise<SubscriptionView[]> {
    return this.subscriptions.listForUser(userId);
  }
}
