import { defineEntity, p } from '@mikro-orm/core';
import { SubscriptionUser } from '../../../domain/subscription/subscription-user.js';

/** The kinds of subscription (`whatsapp`, seeded by a migration); read by name only. */
export const SubscriptionMapping = defineEntity({
  name: 'Subscription',
  tableName: 'subscription',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    name: p.string().length(64),
  },
});

export const SubscriptionUserMapping = defineEntity({
  class: SubscriptionUser,
  tableName: 'subscription_user',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    userId: p.uuid(),
    subscriptionId: p.uuid(),
    subscriptionInfo: p.string().length(32),
    cancelledAt: p.datetime().nullable().accessor('_cancelledAt'),
    contactAddedAt: p.datetime().nullable(),
    contactRemovedAt: p.datetime().nullable(),
  },
});
