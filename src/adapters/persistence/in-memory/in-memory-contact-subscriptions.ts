import type { SubscriptionUserId, UserId } from '../../../domain/shared/ids.js';
import {
  contactSyncState,
  type ContactSubscriptions,
  type ContactSyncState,
} from '../../../domain/subscription/contact-sync.js';
import { REDACTED_NUMBER } from '../../../domain/subscription/phone-number.js';
import { SubscriptionUser } from '../../../domain/subscription/subscription-user.js';
import type { InMemorySubscriptionRepository } from './in-memory-subscription-repository.js';
import type { InMemoryUserRepository } from './in-memory-user-repository.js';

/** The contact sync's view of the in-memory subscription rows, with the same conditional writes. */
export class InMemoryContactSubscriptions implements ContactSubscriptions {
  constructor(
    private readonly users: InMemoryUserRepository,
    private readonly subscriptions: InMemorySubscriptionRepository,
  ) {}

  async stateOf(userId: UserId): Promise<ContactSyncState | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    const rows = this.subscriptions.rows
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return contactSyncState(user, rows);
  }

  async isHeldByActive(number: string): Promise<boolean> {
    return this.subscriptions.rows.some((row) => row.subscriptionInfo === number && row.cancelledAt === null);
  }

  async markAdded(id: SubscriptionUserId, now: Date): Promise<void> {
    this.rewrite(id, (row) => (row.contactAddedAt ? {} : { contactAddedAt: now }));
  }

  async markRemoved(id: SubscriptionUserId, now: Date, redact: boolean): Promise<void> {
    this.rewrite(id, (row) =>
      row.contactRemovedAt ? {} : { contactRemovedAt: now, ...(redact ? { number: REDACTED_NUMBER } : {}) },
    );
  }

  async redactRemoved(userId: UserId): Promise<void> {
    for (const row of this.subscriptions.rows.filter((r) => r.userId === userId && r.contactRemovedAt))
      this.rewrite(row.id, () => ({ number: REDACTED_NUMBER }));
  }

  /** Rows are immutable here as in the domain: a changed one is replaced by a copy. */
  private rewrite(
    id: SubscriptionUserId,
    change: (row: SubscriptionUser) => { contactAddedAt?: Date; contactRemovedAt?: Date; number?: string },
  ): void {
    this.subscriptions.rows = this.subscriptions.rows.map((row) => {
      if (row.id !== id) return row;
      const next = change(row);
      return new SubscriptionUser(
        row.id,
        row.userId,
        row.subscriptionId,
        next.number ?? row.subscriptionInfo,
        row.createdAt,
        row.updatedAt,
        row.cancelledAt,
        next.contactAddedAt ?? row.contactAddedAt,
        next.contactRemovedAt ?? row.contactRemovedAt,
      );
    });
  }
}
