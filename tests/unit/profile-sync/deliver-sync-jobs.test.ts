import { describe, expect, it } from 'vitest';
import { InMemorySyncOutbox } from '../../../src/adapters/persistence/in-memory/in-memory-sync-outbox.js';
import { DeliverSyncJobs } from '../../../src/application/profile-sync/deliver-sync-jobs.js';
import { DEFAULT_RETRY_SETTINGS, RetrySchedule } from '../../../src/domain/profile-sync/retry-schedule.js';
import type { UserId } from '../../../src/domain/shared/ids.js';

const ALICE = '0a6f3c1e-1111-4000-8000-000000000001' as UserId;
const HOUR = 60 * 60_000;
const SETTINGS = { batchSize: 10, leaseMs: 5 * 60_000, abandonedHoldMs: 30_000 };

/** The worker's round on the in-memory outbox, a clock the test moves, and a Crisp stand-in. */
function harness() {
  let now = new Date('2026-12-01T09:00:00Z');
  const clock = { now: () => now };
  const outbox = new InMemorySyncOutbox(clock);
  const delivered: UserId[] = [];
  const crisp = { up: true, hang: false, calls: 0 };
  const deliverer = {
    execute: async (userId: UserId) => {
      crisp.calls += 1;
      if (crisp.hang) return new Promise<void>(() => undefined);
      if (!crisp.up) throw Object.assign(new Error('crisp answered 500'), { code: 500 });
      delivered.push(userId);
    },
  };
  // The middle of every jitter range, so delays are exact.
  const schedule = new RetrySchedule(DEFAULT_RETRY_SETTINGS, () => 0.5);
  const round = new DeliverSyncJobs(outbox, { chat_profile: deliverer }, schedule, clock, SETTINGS);
  const advance = (ms: number) => void (now = new Date(now.getTime() + ms));
  return { outbox, round, crisp, delivered, advance, clock };
}

describe('DeliverSyncJobs', () => {
  it('delivers a due job once and marks it delivered', async () => {
    const { outbox, round, delivered } = harness();
    await outbox.enqueue(ALICE);
    expect(await round.execute()).toMatchObject({ leased: 1, delivered: 1 });
    expect(delivered).toEqual([ALICE]);
    expect(await round.execute()).toMatchObject({ leased: 0 });
  });

  it('retries with growing delays for at least 24 hours, then marks the job failed', async () => {
    const { outbox, round, crisp, advance } = harness();
    crisp.up = false;
    await outbox.enqueue(ALICE);
    const delays: number[] = [];
    let sinceLastAttempt = 0;
    let waited = 0;
    for (let step = 0; step < 48 * 720; step += 1) {
      const result = await round.execute();
      if (result.leased === 1) {
        if (step > 0) delays.push(sinceLastAttempt);
        sinceLastAttempt = 0;
        if (result.failed === 1) break;
        expect(result.retried).toBe(1);
      }
      // Five seconds at a time, so each wait between attempts is observed.
      advance(5_000);
      sinceLastAttempt += 5_000;
      waited += 5_000;
    }
    expect(waited).toBeGreaterThanOrEqual(24 * HOUR);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(delays[1]! > delays[0]!).toBe(true);
    expect(Math.max(...delays)).toBeLessThanOrEqual(HOUR);
    const failed = await outbox.list({ status: 'failed', limit: 10 });
    expect(failed.jobs).toEqual([expect.objectContaining({ userId: ALICE, status: 'failed' })]);
    expect(failed.jobs[0]!.lastError).not.toContain('@');
  });

  it('converges once Crisp is back: the retried job is delivered', async () => {
    const { outbox, round, crisp, delivered, advance } = harness();
    crisp.up = false;
    await outbox.enqueue(ALICE);
    expect(await round.execute()).toMatchObject({ retried: 1 });
    crisp.up = true;
    advance(HOUR);
    expect(await round.execute()).toMatchObject({ delivered: 1 });
    expect(delivered).toEqual([ALICE]);
    expect(await outbox.depth()).toEqual({ pending: 0, failed: 0 });
  });

  it('releases the job in flight when the worker stops, due again after the hold', async () => {
    const { outbox, round, crisp, delivered, advance } = harness();
    crisp.hang = true;
    await outbox.enqueue(ALICE);
    const stop = new AbortController();
    const running = round.execute(stop.signal);
    // Stop only once the delivery is under way: the job is then in flight, not merely leased.
    while (crisp.calls === 0) await new Promise((resolve) => setImmediate(resolve));
    stop.abort();
    expect(await running).toMatchObject({ leased: 1, released: 1 });

    crisp.hang = false;
    expect(await round.execute()).toMatchObject({ leased: 0 });
    advance(SETTINGS.abandonedHoldMs);
    expect(await round.execute()).toMatchObject({ delivered: 1 });
    expect(delivered).toEqual([ALICE]);
  });
});
