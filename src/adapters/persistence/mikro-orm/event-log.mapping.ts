import { defineEntity, p } from '@mikro-orm/core';
import { EventLogEntry } from '../../../domain/event-log/event-log-entry.js';

export const EventLogMapping = defineEntity({
  class: EventLogEntry,
  tableName: 'event_log',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    userId: p.uuid(),
    event: p.string().length(32),
    date: p.datetime(),
    metadata: p.json(),
  },
});
