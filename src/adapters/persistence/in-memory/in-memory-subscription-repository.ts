import type { SubscriptionId, SubscriptionUserId, UserId } from '../../../domain/shared/ids.js';
import { REDACTED_NUMBER } from '../../../domain/subscription/phone-number.js';
import type { SubscriptionRepository } from '../../../domain/subscription/subscription-repository.js';
import {
  type SubscriptionUser,
  type SubscriptionName,
  type SubscriptionView,
} from '../../../domain/subscription/subscription-user.js';

export const IN_MEMORY_WHATSAPP_ID = '5b000000-0000-4000-8000-000000000001' as SubscriptionId;

export class InMemorySubscriptionRepository implements SubscriptionRepository {
  rows: SubscriptionUser[] = [];

  async subscriptionId(name: SubscriptionName): Promise<SubscriptionId> {
    if (name !== 'whatsapp') throw new Error(`no subscription named ${String(name)}`);
    return IN_MEMORY_WHATSAPP_ID;
  }

  async addIfNoneActive(subscription: SubscriptionUser): Promise<boolean> {
    const active = this.rows.some(
      (row) =>
        row.userId === subscription.userId &&
        row.subscriptionId === subscription.subscriptionId &&
        row.cancelledAt === null,
    );
    if (active) return false;
    this.rows.push(subscription);
    return true;
  }

  async findOwnForUpdate(
    userId: UserId,
    id: SubscriptionUserId,
    subscriptionId: SubscriptionId,
  ): Promise<SubscriptionUser | null> {
    return (
      this.rows.find(
        (row) => row.id === id && row.userId === userId && row.subscriptionId === subscriptionId,
      ) ?? null
    );
  }

  async save(subscription: SubscriptionUser): Promise<void> {
    this.rows = this.rows.map((row) => (row.id === subscription.id ? subscription : row));
  }

  async listForUser(userId: UserId): Promise<SubscriptionView[]> {
    return this.rows
      .filter((row) => row.userId === userId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((row) => row.viewAs('whatsapp'));
  }

  async cancelAllForDeletion(userId: UserId, now: Date): Promise<boolean> {
    const theirs = this.rows.filter((row) => row.userId === userId);
    for (const row of theirs) row.cancel(now);
    return theirs.some((row) => row.subscriptionInfo !== REDACTED_NUMBER);
  }
}
