import type { EventLog } from '../../domain/event-log/event-log.js';
import type { Clock } from '../../domain/shared/clock.js';

const DAY_MS = 24 * 60 * 60_000;

/** SPEC 13.5: deletes the events dated more than `retentionDays` days ago; run daily by the worker. */
export class PurgeEventLog {
  constructor(
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly retentionDays: number,
  ) {}

  async execute(): Promise<{ deleted: number; cutoff: Date }> {
    const cutoff = new Date(this.clock.now().getTime() - this.retentionDays * DAY_MS);
    return { deleted: await this.log.purgeBefore(cutoff), cutoff };
  }
}
