import { z } from '@hono/zod-openapi';
import type { TherapySession } from '../../../domain/therapy/therapy-session.js';
import { Email, iso, Timestamp, Uuid } from './common.js';
import { parseIsoDateTime } from './therapy-date-time.js';
import { therapySessionJson, TherapySessionSchema } from './profile.schema.js';

const BOOKING_ACTIONS = ['NEW_BOOKING', 'UPDATED_BOOKING', 'CANCELLED_BOOKING', 'COMPLETED_BOOKING'] as const;

const DateTime = z
  .string()
  .max(64)
  .refine((text) => parseIsoDateTime(text) !== null, {
    message: 'Expected an ISO-8601 date-time with an offset (Z, +01, +0100 or +01:00)',
  })
  .openapi({ example: '2026-01-15T10:00:00+0000' });

/** Column sizes of therapy_session: an over-long value is a 400 naming the field, never a 22001. */
const Text = z.string().trim().min(1).max(255);
const Timezone = z.string().trim().max(64);

/** What Zapier forwards from Simplybook (snake_case, as Simplybook names the fields). */
export const SimplybookBookingBody = z
  .object({
    action: z.enum(BOOKING_ACTIONS),
    client_email: Email,
    // Zapier sends "" for a field left empty: the route treats it as absent, like null.
    user_id: z.union([Uuid, z.literal('')]).nullish(),
    client_timezone: Timezone.nullish(),
    booking_code: Text,
    service_name: Text,
    service_provider_name: Text,
    service_provider_email: Email,
    start_date_time: DateTime,
    end_date_time: DateTime,
  })
  .refine((body) => endsAfterStart(body.start_date_time, body.end_date_time), {
    path: ['end_date_time'],
    message: 'Must be after start_date_time',
  })
  .openapi('SimplybookBooking');

export const TherapyBookingSchema = TherapySessionSchema.extend({
  bookingCode: z.string(),
  partnerAccessId: z.guid(),
  userId: z.guid(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).openapi('TherapyBooking');

/** A malformed time is reported on its own field, not here. */
function endsAfterStart(start: string, end: string): boolean {
  const from = parseIsoDateTime(start);
  const to = parseIsoDateTime(end);
  return !from || !to || to.getTime() > from.getTime();
}

/** For fields the schema has already checked. */
export function toDate(text: string): Date {
  const date = parseIsoDateTime(text);
  if (!date) throw new TypeError('not an ISO-8601 date-time');
  return date;
}

export function therapyBookingJson(session: TherapySession): z.infer<typeof TherapyBookingSchema> {
  return {
    ...therapySessionJson({
      id: session.id,
      action: session.action,
      clientTimezone: session.clientTimezone,
      serviceName: session.serviceName,
      serviceProviderName: session.serviceProviderName,
      serviceProviderEmail: session.serviceProviderEmail,
      startDateTime: session.startDateTime,
      endDateTime: session.endDateTime,
      cancelledAt: session.cancelledAt,
      rescheduledFrom: session.rescheduledFrom,
      completedAt: session.completedAt,
    }),
    bookingCode: session.bookingCode,
    partnerAccessId: session.partnerAccessId,
    userId: session.userId,
    createdAt: iso(session.createdAt),
    updatedAt: iso(session.updatedAt),
  };
}
