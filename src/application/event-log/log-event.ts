import {
  EventLogEntry,
  type EventMetadata,
  type LoggedEvent,
} from '../../domain/event-log/event-log-entry.js';
import type { EventLog } from '../../domain/event-log/event-log.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { EventLogId, UserId } from '../../domain/shared/ids.js';

export interface LogEventInput {
  userId: UserId;
  event: LoggedEvent;
  metadata?: EventMetadata;
}

/** SPEC 13.5: the server sets the user and the date (now); the title is the only free text. */
export class LogEvent {
  constructor(
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(input: LogEventInput): Promise<EventLogEntry> {
    const entry = new EventLogEntry(
      this.ids.uuid() as EventLogId,
      input.userId,
      input.event,
      this.clock.now(),
      input.metadata ?? {},
    );
    await this.log.add(entry);
    return entry;
  }
}
