import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { EventLogEntry } from '../../../domain/event-log/event-log-entry.js';
import type { EventLog } from '../../../domain/event-log/event-log.js';

export class MikroOrmEventLog implements EventLog {
  constructor(private readonly em: SqlEntityManager) {}

  async add(entry: EventLogEntry): Promise<void> {
    await this.em.persist(entry).flush();
  }

  async purgeBefore(cutoff: Date): Promise<number> {
    // One set-based delete on the date index; never loads the rows.
    return this.em.nativeDelete(EventLogEntry, { date: { $lt: cutoff } });
  }
}
