import { z } from '@hono/zod-openapi';
import type { TherapySession } from '../../../domain/therapy/therapy-session.js';
import { iso, isoOrNull, Timestamp } from './common.js';

/**
 * A booking as its own user sees it (SPEC 12.2). Built field by field: it never carries the
 * client's email, the booking code, the therapist's email or Simplybook's id.
 */
export const UserTherapyBookingSchema = z
  .object({
    id: z.guid(),
    action: z.enum(['NEW_BOOKING', 'UPDATED_BOOKING', 'CANCELLED_BOOKING', 'COMPLETED_BOOKING']),
    clientTimezone: z.string().nullable(),
    serviceName: z.string(),
    serviceProviderName: z.string(),
    startDateTime: Timestamp,
    endDateTime: Timestamp,
    cancelledAt: Timestamp.nullable(),
    rescheduledFrom: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    partnerAccessId: z.guid(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('UserTherapyBooking');

export function userTherapyBookingJson(session: TherapySession): z.infer<typeof UserTherapyBookingSchema> {
  return {
    id: session.id,
    action: session.action,
    clientTimezone: session.clientTimezone,
    serviceName: session.serviceName,
    serviceProviderName: session.serviceProviderName,
    startDateTime: iso(session.startDateTime),
    endDateTime: iso(session.endDateTime),
    cancelledAt: isoOrNull(session.cancelledAt),
    rescheduledFrom: isoOrNull(session.rescheduledFrom),
    completedAt: isoOrNull(session.completedAt),
    partnerAccessId: session.partnerAccessId,
    createdAt: iso(session.createdAt),
    updatedAt: iso(session.updatedAt),
  };
}
