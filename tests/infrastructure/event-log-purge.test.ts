import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/infrastructure/logger.js';
import { eventLogPurgeTask } from '../../src/infrastructure/modules/event-log.module.js';
import { resolver } from '../../src/infrastructure/modules/provide.js';
import { insertRow, insertUser } from '../support/fixtures.js';
import { eventually } from '../support/profile-sync-app.js';
import { createTestApplication, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const DAY = 24 * 60 * 60_000;

/** SPEC 13.5: the worker's daily purge, run here every 50 ms instead of every day. */
describe(`the event-log retention purge (${databaseKinds.at(-1)})`, () => {
  let t: TestApplication;
  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1), env: { EVENT_LOG_RETENTION_DAYS: '30' } });
  });
  afterAll(() => t.close());

  it('deletes events older than EVENT_LOG_RETENTION_DAYS, on start and then every period, and keeps the rest', async () => {
    const orm = t.database.orm;
    const user = await insertUser(orm, { email: 'event-log-purge@example.org' });
    const event = (ageDays: number) =>
      insertRow(orm, 'event_log', {
        user_id: user,
        event: 'LOGGED_IN',
        date: new Date(Date.now() - ageDays * DAY),
      });
    const kept = await event(29);
    await event(31);
    const task = eventLogPurgeTask(resolver(t.container), orm, t.config, silentLogger(), {
      firstDelayMs: 0,
      periodMs: 50,
    });
    const ids = () =>
      orm.em.getConnection().execute<{ id: string }[]>(`select id from event_log order by date`);
    task.start();
    try {
      await eventually(async () => (await ids()).length === 1);
      await event(45);
      await eventually(async () => (await ids()).length === 1);
      expect(await ids()).toEqual([{ id: kept }]);
    } finally {
      await task.stop();
    }
  });
});
