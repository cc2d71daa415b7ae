import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { MikroOrmSyncOutbox } from '../../src/adapters/persistence/mikro-orm/mikro-orm-sync-outbox.js';
import { createContainer } from '../../src/infrastructure/container.js';
import { openDatabase } from '../../src/infrastructure/database.js';
import { profileSyncWorker } from '../../src/infrastructure/modules/profile-sync.module.js';
import { resolver } from '../../src/infrastructure/modules/provide.js';
import type { ProfileSyncWorker } from '../../src/infrastructure/profile-sync-worker.js';
import { insertUser } from '../support/fixtures.js';
import { eventually, FAST_WORKER, storedProfile, useProfileSyncApp } from '../support/profile-sync-app.js';
import { databaseKinds, SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

/** A pino logger whose lines the test reads back. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe(`the profile-sync worker on ${databaseKinds.at(-1)}`, () => {
  const { t, crisp, worker, enqueue, expectedProfile, sql } = useProfileSyncApp({
    kind: databaseKinds.at(-1),
  });
  const running: ProfileSyncWorker[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((each) => each.stop()));
  });

  it('releases the job in flight when stopped, and a later worker delivers it', async () => {
    const userId = await insertUser(t.database.orm, { email: 'crisp-worker-stop@example.org' });
    await enqueue(userId);
    crisp.hang();
    const first = worker().worker;
    first.start();
    await eventually(() => crisp.requests.length === 1);

    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(2_000);
    const [job] = await sql(`select status, leased_until, lease_id, next_attempt_at from profile_sync_job`);
    expect(job).toMatchObject({ status: 'pending', leased_until: null, lease_id: null });
    // Held back a moment: the abandoned call may still be on its way to Crisp.
    expect(new Date(job.next_attempt_at).getTime()).toBeGreaterThan(Date.now() - 1_000);

    crisp.recover();
    const second = worker().worker;
    running.push(second);
    second.start();
    await eventually(async () =>
      expect(storedProfile(crisp, 'crisp-worker-stop@example.org')).toEqual(await expectedProfile(userId)),
    );
    await eventually(async () =>
      expect(await sql(`select status from profile_sync_job`)).toEqual([{ status: 'delivered' }]),
    );
  });

  it('logs its counts and the queue depth, and no email', async () => {
    const userId = await insertUser(t.database.orm, { email: 'crisp-worker-log@example.org' });
    await enqueue(userId);
    const { logger, lines } = capturingLogger();
    const logged = profileSyncWorker(resolver(t.container), t.database.orm, t.config, logger, {
      ...FAST_WORKER,
      timing: { ...FAST_WORKER.timing, reportMs: 50 },
    }).worker;
    logged.start();
    await eventually(async () =>
      expect(await sql(`select status from profile_sync_job`)).toEqual([{ status: 'delivered' }]),
    );
    await logged.stop();

    const reports = lines.filter((line) => line.msg === 'profile sync');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.reduce((sum, line) => sum + Number(line.delivered), 0)).toBe(1);
    expect(reports.at(-1)).toMatchObject({ retried: 0, failed: 0, queue: { pending: 0, failed: 0 } });
    expect(JSON.stringify(lines)).not.toContain('@example.org');
  });
});

const onPostgres = TEST_DATABASE_URL ? describe : describe.skip;

onPostgres(
  `two workers on one PostgreSQL database ${TEST_DATABASE_URL ? '' : `(${SKIP_WITHOUT_POSTGRES})`}`,
  () => {
    const { t, crisp, enqueue, expectedProfile, sql } = useProfileSyncApp({ kind: 'postgres' });
    const opened: MikroORM[] = [];
    const running: ProfileSyncWorker[] = [];
    afterEach(async () => {
      await Promise.all(running.splice(0).map((each) => each.stop()));
      await Promise.all(opened.splice(0).map((orm) => orm.close(true)));
    });

    /** Another process's view: its own connection pool and container on the same database. */
    async function anotherProcess() {
      const orm = await openDatabase({ kind: 'postgres', url: t.database.url ?? '' });
      opened.push(orm);
      const { logger, lines } = capturingLogger();
      const container = createContainer({ orm, config: t.config, logger });
      return { orm, lines, ...profileSyncWorker(resolver(container), orm, t.config, logger, FAST_WORKER) };
    }

    it('lease disjoint jobs when they lease at the same instant (SKIP LOCKED)', async () => {
      const users = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          insertUser(t.database.orm, { email: `crisp-lease-${n}@example.org` }),
        ),
      );
      for (const userId of users) await enqueue(userId);
      const [a, b] = [await anotherProcess(), await anotherProcess()];
      const lease = (orm: MikroORM) =>
        new MikroOrmSyncOutbox(orm.em.fork() as SqlEntityManager).lease({
          kinds: ['chat_profile'],
          limit: 15,
          now: new Date(Date.now() + 1_000),
          until: new Date(Date.now() + 60_000),
        });
      const [left, right] = await Promise.all([lease(a.orm), lease(b.orm)]);
      const ids = [...left, ...right].map((job) => job.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(20);
    });

    it('never deliver one job at once, and together deliver every change', async () => {
      const users = await Promise.all(
        Array.from({ length: 24 }, (_, n) =>
          insertUser(t.database.orm, { email: `crisp-two-${n}@example.org` }),
        ),
      );
      for (const userId of users) await enqueue(userId);
      crisp.slowDown(15);
      const workers = [await anotherProcess(), await anotherProcess()];
      for (const { worker } of workers) {
        running.push(worker);
        worker.start();
      }
      // Changes keep coming while both deliver: each must go out again, by one worker at a time.
      for (let round = 0; round < 3; round += 1) {
        await new Promise((wake) => setTimeout(wake, 100));
        for (const userId of users.slice(round * 6, round * 6 + 10)) {
          await sql(`update "user" set name = ? where id = ?`, [`Renamed ${round}`, userId]);
          await enqueue(userId);
        }
      }
      await eventually(async () => {
        expect(await sql(`select distinct status from profile_sync_job`)).toEqual([{ status: 'delivered' }]);
        for (const [n, userId] of users.entries())
          expect(storedProfile(crisp, `crisp-two-${n}@example.org`)).toEqual(await expectedProfile(userId));
      }, 20_000);
      expect(crisp.maxConcurrentPerPerson).toBe(1);

      await Promise.all(running.splice(0).map((each) => each.stop()));
      const delivered = workers.map(({ lines }) =>
        lines
          .filter((line) => line.msg === 'profile sync')
          .reduce((sum, line) => sum + Number(line.delivered), 0),
      );
      expect(delivered.every((count) => count > 0)).toBe(true);
      expect(delivered[0]! + delivered[1]!).toBeGreaterThanOrEqual(users.length);
    });
  },
);
