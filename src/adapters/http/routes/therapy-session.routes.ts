import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { CancelTherapyBooking } from '../../../application/therapy/cancel-therapy-booking.js';
import type { ListTherapyBookings } from '../../../application/therapy/list-therapy-bookings.js';
import type { TherapySessionId } from '../../../domain/shared/ids.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity } from '../middleware/auth.js';
import { createRouter, errorResponses, jsonResponse } from '../openapi.js';
import { IdParam } from '../schemas/common.js';
import { userTherapyBookingJson, UserTherapyBookingSchema } from '../schemas/therapy-booking.schema.js';

export interface TherapySessionRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  listTherapyBookings: ListTherapyBookings;
  cancelTherapyBooking: CancelTherapyBooking;
}

/** The caller's own therapy bookings (SPEC 12.2). */
export function therapySessionRoutes(deps: TherapySessionRouteDeps) {
  const list = createRoute({
    method: 'get',
    path: '/',
    tags: ['therapy'],
    summary: "The caller's bookings, cancelled ones included, latest start first",
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    responses: {
      200: jsonResponse(z.array(UserTherapyBookingSchema), 'Bookings'),
      ...errorResponses(401, 403),
    },
  });
  const cancel = createRoute({
    method: 'patch',
    path: '/{id}/cancel',
    tags: ['therapy'],
    summary: 'Cancel one of the caller’s bookings in Simplybook, then give its session back',
    description:
      'Any body is ignored. 404 BOOKING_NOT_FOUND (unknown or another user’s), 409 BOOKING_COMPLETED or ' +
      'BOOKING_IN_PAST, 502 SIMPLYBOOK_UNAVAILABLE or SIMPLYBOOK_BOOKING_NOT_FOUND (nothing changed), ' +
      '503 SIMPLYBOOK_NOT_CONFIGURED. An already cancelled booking answers 200 as it is.',
    middleware: [deps.auth] as const,
    security: bearerSecurity,
    request: { params: IdParam },
    responses: {
      200: jsonResponse(UserTherapyBookingSchema, 'The cancelled booking'),
      ...errorResponses(400, 401, 403, 404, 409, 502, 503),
    },
  });
  return createRouter<AppEnv>()
    .openapi(list, async (c) => {
      const bookings = await deps.listTherapyBookings.execute(c.get('actor').userId);
      return c.json(bookings.map(userTherapyBookingJson), 200);
    })
    .openapi(cancel, async (c) => {
      const booking = await deps.cancelTherapyBooking.execute({
        userId: c.get('actor').userId,
        bookingId: c.req.valid('param').id as TherapySessionId,
      });
      return c.json(userTherapyBookingJson(booking), 200);
    });
}
