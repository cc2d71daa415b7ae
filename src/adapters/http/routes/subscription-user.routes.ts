import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CancelWhatsappSubscription } from '../../../application/subscription/cancel-whatsapp-subscription.js';
import type { ListSubscriptions } from '../../../application/subscription/list-subscriptions.js';
import type { SubscribeToWhatsapp } from '../../../application/subscription/subscribe-to-whatsapp.js';
import type { SubscriptionUserId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam } from '../schemas/common.js';
import {
  CancelBodySchema,
  SubscribeBodySchema,
  subscriptionJson,
  SubscriptionSchema,
} from '../schemas/subscription.schema.js';

export interface SubscriptionUserRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  listSubscriptions: ListSubscriptions;
  subscribeToWhatsapp: SubscribeToWhatsapp;
  cancelWhatsappSubscription: CancelWhatsappSubscription;
}

/** SPEC 13.6: "Notes from Bloom", WhatsApp messages the caller subscribes to with a number. */
export function subscriptionUserRoutes(deps: SubscriptionUserRouteDeps) {
  const list = createRoute({
    method: 'get',
    path: '/',
    tags: ['subscriptions'],
    summary: "The caller's subscriptions, active and cancelled, newest first",
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    responses: {
      200: jsonResponse(z.array(SubscriptionSchema), 'Subscriptions'),
      ...errorResponses(401, 403, 503),
    },
  });
  const subscribe = createRoute({
    method: 'post',
    path: '/whatsapp',
    tags: ['subscriptions'],
    summary: 'Subscribe to WhatsApp notes with a phone number',
    description:
      '400 INVALID_PHONE_NUMBER unless the number (whitespace removed) is E.164 and possible in its country; ' +
      '409 ALREADY_EXISTS when the caller already has an active WhatsApp subscription (any number).',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: { body: { content: { 'application/json': { schema: SubscribeBodySchema } }, required: true } },
    responses: {
      201: jsonResponse(SubscriptionSchema, 'The new subscription'),
      ...errorResponses(400, 401, 403, 409, 503),
    },
  });
  const cancel = createRoute({
    method: 'patch',
    path: '/whatsapp/{id}',
    tags: ['subscriptions'],
    summary: 'Cancel one of the caller’s WhatsApp subscriptions',
    description:
      '`cancelledAt` is required and checked but never stored: the server records its own time (no backdating). ' +
      'Already cancelled: 200 unchanged. 404 SUBSCRIPTION_NOT_FOUND for an unknown or another user’s id.',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: {
      params: IdParam,
      body: { content: { 'application/json': { schema: CancelBodySchema } }, required: true },
    },
    responses: {
      200: jsonResponse(SubscriptionSchema, 'The cancelled subscription'),
      ...errorResponses(400, 401, 403, 404, 503),
    },
  });
  return createRouter<AppEnv>()
    .openapi(list, async (c) => {
      const rows = await deps.listSubscriptions.execute(c.get('actor').userId);
      return c.json(rows.map(subscriptionJson), 200);
    })
    .openapi(subscribe, async (c) => {
      const view = await deps.subscribeToWhatsapp.execute({
        userId: c.get('actor').userId,
        subscriptionInfo: c.req.valid('json').subscriptionInfo,
      });
      return c.json(subscriptionJson(view), 201);
    })
    .openapi(cancel, async (c) => {
      const view = await deps.cancelWhatsappSubscription.execute({
        userId: c.get('actor').userId,
        id: c.req.valid('param').id as SubscriptionUserId,
      });
      return c.json(subscriptionJson(view), 200);
    });
}
