import type { Logger } from 'pino';
import type { DeliverSyncJobs, DeliveryRound } from '../application/profile-sync/deliver-sync-jobs.js';
import type { MeasureSyncQueue } from '../application/profile-sync/measure-sync-queue.js';

export interface WorkerTiming {
  /** Pause after a round that found nothing due. */
  pollMs: number;
  /** Between two log lines of counts and queue depth. */
  reportMs: number;
  /** On stop, how long the job in flight may take to finish before it is released. */
  stopGraceMs: number;
}

export const DEFAULT_WORKER_TIMING: WorkerTiming = { pollMs: 1_000, reportMs: 60_000, stopGraceMs: 5_000 };

type Counts = Omit<DeliveryRound, 'leased'>;
const noCounts = (): Counts => ({ delivered: 0, again: 0, retried: 0, failed: 0, released: 0 });

/**
 * Runs delivery rounds until stopped (SPEC.md section 8), inside the API process or alone
 * (`npm run worker`). A stop lets the job in flight finish for `stopGraceMs`, then releases it
 * and the rest of its batch: nothing leased is lost. Logs counts and queue depth, never emails.
 */
export class ProfileSyncWorker {
  private readonly abort = new AbortController();
  private stopping = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private counts = noCounts();

  constructor(
    private readonly deliver: DeliverSyncJobs,
    private readonly measure: MeasureSyncQueue,
    /** Runs a round in its own persistence context (MikroORM refuses the global one). */
    private readonly scope: <T>(work: () => Promise<T>) => Promise<T>,
    private readonly logger: Logger,
    private readonly timing: WorkerTiming = DEFAULT_WORKER_TIMING,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    const grace = setTimeout(() => this.abort.abort(), this.timing.stopGraceMs);
    await this.loop;
    clearTimeout(grace);
    if (this.loop) await this.report();
  }

  private async run(): Promise<void> {
    let reportedAt = Date.now();
    while (!this.stopping) {
      const leased = await this.round();
      if (Date.now() - reportedAt >= this.timing.reportMs) {
        await this.report();
        reportedAt = Date.now();
      }
      if (leased === 0 && !this.stopping) await this.sleep(this.timing.pollMs);
    }
  }

  /** How many jobs the round leased; 0 after a failure, so the loop pauses before the next. */
  private async round(): Promise<number> {
    try {
      const { leased, ...counts } = await this.scope(() => this.deliver.execute(this.abort.signal));
      for (const key of Object.keys(counts) as (keyof Counts)[]) this.counts[key] += counts[key];
      return leased;
    } catch (error) {
      // The database is away, most likely: the class only (driver messages quote parameters).
      this.logger.warn({ err: errorName(error) }, 'profile sync round failed');
      return 0;
    }
  }

  private async report(): Promise<void> {
    const counts = this.counts;
    this.counts = noCounts();
    try {
      const depth = await this.scope(() => this.measure.execute());
      this.logger.info({ ...counts, queue: depth }, 'profile sync');
    } catch (error) {
      this.logger.info({ ...counts, queue: null, err: errorName(error) }, 'profile sync');
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
