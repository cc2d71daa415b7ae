import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { insertUser } from '../support/fixtures.js';
import { eventually, FAST_WORKER, storedProfile, useProfileSyncApp } from '../support/profile-sync-app.js';
import { startServer } from '../support/server-process.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

/** `npm run worker` without npm in between (same entry point, one process to signal). */
const startWorker = (env: Record<string, string>) => startServer('worker', env);

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill('SIGKILL');
  running = undefined;
});

describe('npm run worker', () => {
  it('refuses the embedded database, which belongs to the API process', async () => {
    const worker = startWorker({ DATA_DIR: 'memory://' });
    running = worker.child;
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain('npm run worker needs DATABASE_URL');
  }, 60_000);
});

const onPostgres = TEST_DATABASE_URL ? describe : describe.skip;

onPostgres(
  `the worker process on PostgreSQL ${TEST_DATABASE_URL ? '' : `(${SKIP_WITHOUT_POSTGRES})`}`,
  () => {
    const { t, crisp, worker, enqueue, expectedProfile, sql } = useProfileSyncApp({ kind: 'postgres' });
    const EMAIL = 'crisp-process@example.org';
    const job = async () =>
      (await sql(`select status, leased_until, next_attempt_at from profile_sync_job`))[0];

    it('without CRISP_* says once that jobs are recorded, not delivered, and stops on SIGTERM', async () => {
      const worker = startWorker({ DATABASE_URL: t.database.url ?? '' });
      running = worker.child;
      await eventually(() => worker.output().includes('profile-sync worker started'), 30_000);
      expect(worker.output().match(/recorded but not delivered/g)).toHaveLength(1);
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    }, 60_000);

    it('killed mid-delivery loses nothing: once its lease runs out, a restarted worker delivers', async () => {
      const userId = await insertUser(t.database.orm, { email: EMAIL });
      await enqueue(userId);
      crisp.hang();
      const killed = startWorker({ DATABASE_URL: t.database.url ?? '', ...crisp.env });
      running = killed.child;
      await eventually(() => crisp.requests.length === 1, 30_000);
      killed.child.kill('SIGKILL');
      await killed.exited;
      const held = await job();
      expect(held.status).toBe('pending');
      expect(held.leased_until).not.toBeNull();

      crisp.recover();
      // The restart, five minutes (the lease) later on its clock.
      const later = { now: () => new Date(Date.now() + 5 * 60_000 + 1_000) };
      const restarted = worker({ ...FAST_WORKER, clock: later }).worker;
      restarted.start();
      try {
        await eventually(async () =>
          expect(storedProfile(crisp, EMAIL)).toEqual(await expectedProfile(userId)),
        );
        await eventually(async () => expect((await job()).status).toBe('delivered'));
      } finally {
        await restarted.stop();
      }
    }, 60_000);

    it('stopped by SIGTERM mid-delivery, gives the job back and exits cleanly', async () => {
      const userId = await insertUser(t.database.orm, { email: EMAIL });
      await enqueue(userId);
      crisp.hang();
      const stopped = startWorker({ DATABASE_URL: t.database.url ?? '', ...crisp.env });
      running = stopped.child;
      await eventually(() => crisp.requests.length === 1, 30_000);
      stopped.child.kill('SIGTERM');
      expect(await stopped.exited).toBe(0);
      expect(stopped.output()).toContain('"msg":"stopped"');
      expect(stopped.output()).not.toContain(EMAIL);
      expect(await job()).toMatchObject({ status: 'pending', leased_until: null });

      crisp.recover();
      // Released with a hold of 30 s (the abandoned call may still be in flight): a worker whose
      // clock is past it delivers the job.
      const later = { now: () => new Date(Date.now() + 31_000) };
      const restarted = worker({ ...FAST_WORKER, clock: later }).worker;
      restarted.start();
      try {
        await eventually(async () =>
          expect(storedProfile(crisp, EMAIL)).toEqual(await expectedProfile(userId)),
        );
      } finally {
        await restarted.stop();
      }
    }, 60_000);
  },
);
