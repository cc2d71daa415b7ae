import type { EventLogEntry } from '../../../domain/event-log/event-log-entry.js';
import type { EventLog } from '../../../domain/event-log/event-log.js';

export class InMemoryEventLog implements EventLog {
  rows: EventLogEntry[] = [];

  async add(entry: EventLogEntry): Promise<void> {
    this.rows.push(entry);
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    const before = this.rows.length;
    this.rows = this.rows.filter((entry) => entry.date.getTime() >= cutoff.getTime());
    return before - this.rows.length;
  }
}
