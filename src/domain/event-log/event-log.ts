import { portToken } from '../shared/port-token.js';
import type { EventLogEntry } from './event-log-entry.js';

export interface EventLog {
  add(entry: EventLogEntry): Promise<void>;
  /** Deletes every entry dated before `cutoff`; returns how many. */
  purgeBefore(cutoff: Date): Promise<number>;
}
export const EventLog = portToken<EventLog>('EventLog');
