import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { RecordTherapyBooking } from '../../../application/therapy/record-therapy-booking.js';
import { Unauthorized } from '../../../domain/identity/auth-errors.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { rejectNul } from '../middleware/reject-nul.js';
import type { AppEnv } from '../app-env.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import {
  SimplybookBookingBody,
  therapyBookingJson,
  TherapyBookingSchema,
  toDate,
} from '../schemas/therapy.schema.js';
import { isValidZapierToken } from '../zapier-token.js';

/** Runs before the body is parsed, so an unauthenticated caller learns nothing about the schema. */
function requireZapierToken(token: string | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isValidZapierToken(c.req.header('authorization'), token)) throw new Unauthorized();
    await next();
  };
}

export interface SimplybookWebhookRouteDeps {
  recordTherapyBooking: RecordTherapyBooking;
}

/** `settings` is the app's HttpSettings, typed structurally so this file does not import app.ts back. */
export function simplybookWebhookRoutes(
  deps: SimplybookWebhookRouteDeps,
  settings: { zapierToken: string | null },
) {
  const record = createRoute({
    method: 'post',
    path: '/webhooks/simplybook',
    tags: ['webhooks'],
    summary: 'Record a Simplybook booking forwarded by Zapier',
    middleware: [requireZapierToken(settings.zapierToken), rejectNul] as const,
    security: [{ zapierToken: [] }],
    request: {
      body: { required: true, content: { 'application/json': { schema: SimplybookBookingBody } } },
    },
    responses: {
      201: jsonResponse(TherapyBookingSchema, 'The booking as recorded'),
      ...errorResponses(400, 401, 403, 404, 409, 413, 503),
    },
  });

  const router = createRouter<AppEnv>();
  router.openAPIRegistry.registerComponent('securitySchemes', 'zapierToken', {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: '`Basic <ZAPIER_TOKEN>`: the raw shared token, not base64 of user:password',
  });
  return router.openapi(record, async (c) => {
    const body = c.req.valid('json');
    const session = await deps.recordTherapyBooking.execute({
      action: body.action,
      userId: (body.user_id || null) as UserId | null,
      clientEmail: body.client_email,
      clientTimezone: body.client_timezone || null,
      bookingCode: body.booking_code,
      serviceName: body.service_name,
      serviceProviderName: body.service_provider_name,
      serviceProviderEmail: body.service_provider_email,
      startDateTime: toDate(body.start_date_time),
      endDateTime: toDate(body.end_date_time),
    });
    return c.json(therapyBookingJson(session), 201);
  });
}
