import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { SubscriptionUserId, UserId } from '../../../domain/shared/ids.js';
import {
  contactSyncState,
  type ContactSubscriptions,
  type ContactSyncState,
} from '../../../domain/subscription/contact-sync.js';
import { REDACTED_NUMBER } from '../../../domain/subscription/phone-number.js';
import { SubscriptionUser } from '../../../domain/subscription/subscription-user.js';
import { User } from '../../../domain/user/user.js';
import { fields, order } from './entity-fields.js';
import { SubscriptionMapping } from './subscription.mapping.js';

/**
 * The worker's reads and writes of subscription rows. It runs outside any transaction; reads
 * refresh what the round's identity map holds, so every delivery sees the rows as they are now,
 * and every write is conditional, so a late or repeated one changes nothing.
 */
export class MikroOrmContactSubscriptions implements ContactSubscriptions {
  constructor(private readonly em: SqlEntityManager) {}

  async stateOf(userId: UserId): Promise<ContactSyncState | null> {
    const user = await this.em.findOne(User, { id: userId }, { refresh: true });
    if (!user) return null;
    const whatsapp = this.em.createQueryBuilder(SubscriptionMapping).select('id').where({ name: 'whatsapp' });
    const rows = await this.em.find(
      SubscriptionUser,
      { userId, subscriptionId: { $in: whatsapp } },
      { orderBy: order(this.em, SubscriptionUser, { createdAt: 'asc', id: 'asc' }), refresh: true },
    );
    return contactSyncState(user, rows);
  }

  async isHeldByActive(number: string): Promise<boolean> {
    const held = await this.em
      .createQueryBuilder(SubscriptionUser)
      .where(fields(this.em, SubscriptionUser, { subscriptionInfo: number, cancelledAt: null }))
      .getCount();
    return held > 0;
  }

  async markAdded(id: SubscriptionUserId, now: Date): Promise<void> {
    await this.em
      .createQueryBuilder(SubscriptionUser)
      .update({ contactAddedAt: now })
      .where({ id, contactAddedAt: null })
      .execute('run');
  }

  async markRemoved(id: SubscriptionUserId, now: Date, redact: boolean): Promise<void> {
    await this.em
      .createQueryBuilder(SubscriptionUser)
      .update({ contactRemovedAt: now, ...(redact ? { subscriptionInfo: REDACTED_NUMBER } : {}) })
      .where({ id, contactRemovedAt: null })
      .execute('run');
  }

  async redactRemoved(userId: UserId): Promise<void> {
    await this.em
      .createQueryBuilder(SubscriptionUser)
      .update({ subscriptionInfo: REDACTED_NUMBER })
      .where({ userId, contactRemovedAt: { $ne: null }, subscriptionInfo: { $ne: REDACTED_NUMBER } })
      .execute('run');
  }
}
