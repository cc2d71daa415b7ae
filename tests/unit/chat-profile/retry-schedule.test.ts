import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SETTINGS, RetrySchedule } from '../../../src/domain/profile-sync/retry-schedule.js';

const start = new Date('2026-12-01T00:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const HOUR = 60 * 60_000;

describe('RetrySchedule', () => {
  it('doubles the delay with each failure, up to the ceiling, jitter kept within [half, whole]', () => {
    const low = new RetrySchedule(DEFAULT_RETRY_SETTINGS, () => 0);
    const high = new RetrySchedule(DEFAULT_RETRY_SETTINGS, () => 0.999999);
    const delay = (schedule: RetrySchedule, attempts: number) => {
      const decision = schedule.after({ attempts, failingSince: start, now: start });
      if (!('retryAt' in decision)) throw new Error('gave up');
      return decision.retryAt.getTime() - start.getTime();
    };
    expect([1, 2, 3].map((n) => delay(low, n))).toEqual([15_000, 30_000, 60_000]);
    expect(delay(high, 1)).toBeCloseTo(30_000, -1);
    expect(delay(low, 20)).toBe(HOUR / 2);
    expect(delay(high, 200)).toBeLessThanOrEqual(HOUR);
  });

  it('keeps retrying for 24 hours of failures, then gives up', () => {
    const schedule = new RetrySchedule(DEFAULT_RETRY_SETTINGS, () => 0.5);
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const decision = schedule.after({ attempts, failingSince: start, now });
      if ('giveUp' in decision) break;
      now = decision.retryAt;
    }
    expect(now.getTime() - start.getTime()).toBeGreaterThanOrEqual(24 * HOUR);
    expect(now.getTime() - start.getTime()).toBeLessThan(25 * HOUR);
    expect(attempts).toBeGreaterThan(20);
  });

  it('gives up at the first failure past the window, whatever the attempt count', () => {
    const schedule = new RetrySchedule({ firstDelayMs: 10, maxDelayMs: 40, giveUpAfterMs: 100 }, () => 0);
    expect(schedule.after({ attempts: 1, failingSince: start, now: at(99) })).toHaveProperty('retryAt');
    expect(schedule.after({ attempts: 1, failingSince: start, now: at(100) })).toEqual({ giveUp: true });
  });
});
