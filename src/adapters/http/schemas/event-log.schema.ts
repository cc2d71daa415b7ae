import { z } from '@hono/zod-openapi';
import { LOGGED_EVENTS, type EventLogEntry } from '../../../domain/event-log/event-log-entry.js';
import { iso, Timestamp } from './common.js';

/** SPEC 13.5: other metadata keys are dropped; a title of any length is kept (cut to 255). */
export const EventLogBodySchema = z
  .object({
    event: z.enum(LOGGED_EVENTS),
    metadata: z
      .object({
        title: z
          .string()
          .optional()
          .openapi({ description: 'Trimmed and cut to 255 characters, never refused for length' }),
      })
      .optional(),
  })
  .openapi('EventLogBody');

export const EventLogSchema = z
  .object({
    id: z.guid(),
    userId: z.guid(),
    event: z.enum(LOGGED_EVENTS),
    date: Timestamp,
    metadata: z.object({ title: z.string().optional() }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('EventLog');

export function eventLogJson(entry: EventLogEntry): z.infer<typeof EventLogSchema> {
  return {
    id: entry.id,
    userId: entry.userId,
    event: entry.event,
    date: iso(entry.date),
    metadata: entry.metadata,
    createdAt: iso(entry.createdAt),
    updatedAt: iso(entry.updatedAt),
  };
}
