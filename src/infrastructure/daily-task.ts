import type { Logger } from 'pino';

export const DAY_MS = 24 * 60 * 60_000;

/**
 * Runs a chore once shortly after start, then every `periodMs`, in the worker (inside the API
 * process unless WORKER=off, or `npm run worker`). Several processes may run it: the chore must
 * be safe to repeat (the event-log purge is a set-based delete). Logs what the chore returns.
 */
export class DailyTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly chore: () => Promise<Record<string, unknown>>,
    private readonly logger: Logger,
    private readonly timing: { firstDelayMs: number; periodMs: number } = {
      firstDelayMs: 60_000,
      periodMs: DAY_MS,
    },
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.schedule(this.timing.firstDelayMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.timing.periodMs);
      });
    }, delayMs);
    // A pending run never keeps the process alive on its own.
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    try {
      this.logger.info(await this.chore(), this.name);
    } catch (error) {
      // The class only: driver messages quote parameters.
      this.logger.warn({ err: error instanceof Error ? error.name : typeof error }, `${this.name} failed`);
    }
  }
}
