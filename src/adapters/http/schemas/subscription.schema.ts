import { z } from '@hono/zod-openapi';
import type { SubscriptionView } from '../../../domain/subscription/subscription-user.js';
import { iso, isoOrNull, Timestamp } from './common.js';
import { parseIsoDateTime } from './therapy-date-time.js';

export const SubscribeBodySchema = z
  .object({
    subscriptionInfo: z
      .string()
      .openapi({ description: 'An E.164 phone number, e.g. +447700900123; whitespace is removed' }),
  })
  .openapi('WhatsappSubscribeBody');

/** SPEC 13.6: the date-time is required and checked, never stored (the server's time is). */
export const CancelBodySchema = z
  .object({
    cancelledAt: z.string().refine((text) => parseIsoDateTime(text) !== null, {
      message: 'Must be an ISO-8601 date-time with an offset',
    }),
  })
  .openapi('WhatsappCancelBody');

export const SubscriptionSchema = z
  .object({
    id: z.guid(),
    subscriptionId: z.guid(),
    subscriptionName: z.string(),
    subscriptionInfo: z.string().openapi({ description: 'The number, or REDACTED after account deletion' }),
    createdAt: Timestamp,
    cancelledAt: Timestamp.nullable(),
  })
  .openapi('Subscription');

export function subscriptionJson(view: SubscriptionView): z.infer<typeof SubscriptionSchema> {
  return {
    id: view.id,
    subscriptionId: view.subscriptionId,
    subscriptionName: view.subscriptionName,
    subscriptionInfo: view.subscriptionInfo,
    createdAt: iso(view.createdAt),
    cancelledAt: isoOrNull(view.cancelledAt),
  };
}
