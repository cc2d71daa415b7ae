import { LockMode, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { SubscriptionId, SubscriptionUserId, UserId } from '../../../domain/shared/ids.js';
import { REDACTED_NUMBER } from '../../../domain/subscription/phone-number.js';
import type { SubscriptionRepository } from '../../../domain/subscription/subscription-repository.js';
import {
  SubscriptionUser,
  type SubscriptionName,
  type SubscriptionView,
} from '../../../domain/subscription/subscription-user.js';
import { columnsOf, fields, order } from './entity-fields.js';
import { SubscriptionMapping } from './subscription.mapping.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async subscriptionId(name: SubscriptionName): Promise<SubscriptionId> {
    const row = await this.em.findOneOrFail(SubscriptionMapping, { name });
    return row.id as SubscriptionId;
  }

  async addIfNoneActive(subscription: SubscriptionUser): Promise<boolean> {
    // ON CONFLICT on the partial unique index rather than catching its violation, which would
    // abort the transaction: a concurrent subscribe that inserted first makes this one a no-op.
    const inserted = await this.em
      .createQueryBuilder(SubscriptionUser)
      .insert(columnsOf(this.em, subscription))
      .onConflict(raw('(user_id, subscription_id) where cancelled_at is null'))
      .ignore()
      .returning('id')
      .execute<{ id: string }[]>('all', false);
    return inserted.length === 1;
  }

  findOwnForUpdate(
    userId: UserId,
    id: SubscriptionUserId,
    subscriptionId: SubscriptionId,
  ): Promise<SubscriptionUser | null> {
    return this.em.findOne(
      SubscriptionUser,
      { id, userId, subscriptionId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(subscription: SubscriptionUser): Promise<void> {
    await this.em.persist(subscription).flush();
  }

  async listForUser(userId: UserId): Promise<SubscriptionView[]> {
    const [rows, kinds] = await Promise.all([
      this.em.find(
        SubscriptionUser,
        { userId },
        { orderBy: order(this.em, SubscriptionUser, { createdAt: 'desc', id: 'asc' }) },
      ),
      this.em.find(SubscriptionMapping, {}),
    ]);
    const names = new Map(kinds.map((kind) => [kind.id, kind.name]));
    return rows.map((row) => row.viewAs(names.get(row.subscriptionId) ?? ''));
  }

  async cancelAllForDeletion(userId: UserId, now: Date): Promise<boolean> {
    await this.em.nativeUpdate(
      SubscriptionUser,
      fields(this.em, SubscriptionUser, { userId, cancelledAt: null }),
      fields(this.em, SubscriptionUser, { cancelledAt: now, updatedAt: now }),
    );
    const holding = await this.em.count(SubscriptionUser, {
      userId,
      subscriptionInfo: { $ne: REDACTED_NUMBER },
    });
    return holding > 0;
  }
}
