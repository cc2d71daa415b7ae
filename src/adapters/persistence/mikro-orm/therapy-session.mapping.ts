import { defineEntity, p } from '@mikro-orm/core';
import { TherapySession } from '../../../domain/therapy/therapy-session.js';

/** Private fields are written through their backing `_x` names; columns keep the public names. */
export const TherapySessionMapping = defineEntity({
  class: TherapySession,
  tableName: 'therapy_session',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    partnerAccessId: p.uuid(),
    bookingCode: p.string().length(255),
    clientEmail: p.string().length(320),
    clientTimezone: p.string().length(64).nullable(),
    serviceName: p.string().length(255),
    serviceProviderName: p.string().length(255),
    serviceProviderEmail: p.string().length(320),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    action: p.string().length(32).accessor('_action'),
    startDateTime: p.datetime().accessor('_startDateTime'),
    endDateTime: p.datetime().accessor('_endDateTime'),
    cancelledAt: p.datetime().nullable().accessor('_cancelledAt'),
    rescheduledFrom: p.datetime().nullable().accessor('_rescheduledFrom'),
    completedAt: p.datetime().nullable().accessor('_completedAt'),
    simplybookBookingId: p.integer().nullable().accessor('_simplybookBookingId'),
  },
});
