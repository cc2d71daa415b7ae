/**
 * When a failed delivery is tried again (SPEC.md section 8): exponential backoff with jitter,
 * for at least `giveUpAfterMs` since the job started failing, then the job is marked failed.
 */
export interface RetrySettings {
  /** The ceiling of the first delay; each failure doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A failure this long after the first one gives up instead of scheduling another attempt. */
  giveUpAfterMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  firstDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

export type RetryDecision = { retryAt: Date } | { giveUp: true };

export class RetrySchedule {
  /** `random` returns a number in [0, 1); the system's source in production, a fixed one in tests. */
  constructor(
    private readonly settings: RetrySettings,
    private readonly random: () => number,
  ) {}

  /** `attempts` counts the failed attempts so far, this one included. */
  after(failure: { attempts: number; failingSince: Date; now: Date }): RetryDecision {
    const { firstDelayMs, maxDelayMs, giveUpAfterMs } = this.settings;
    const now = failure.now.getTime();
    if (now - failure.failingSince.getTime() >= giveUpAfterMs) return { giveUp: true };
    const ceiling = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, failure.attempts - 1));
    // Half fixed, half random ("equal jitter"): workers that failed together spread out, and
    // the delay still grows with every failure.
    const delay = ceiling / 2 + (this.random() * ceiling) / 2;
    return { retryAt: new Date(now + delay) };
  }
}
