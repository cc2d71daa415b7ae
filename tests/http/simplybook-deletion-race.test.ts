import { RequestContext, type EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../src/domain/shared/ids.js';
import {
  aDelivery,
  therapyScene,
  ZAPIER_TOKEN,
  zapierRequest,
} from '../builders/therapy-delivery.builder.js';
import { waitForLockWaiters } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const URL = '/api/webhooks/simplybook';
const EMAIL = 'simplybook-deletion-client@example.org';

const NAME = TEST_DATABASE_URL
  ? 'simplybook booking racing the deletion of its user on PostgreSQL'
  : `simplybook booking racing the deletion of its user on PostgreSQL (${SKIP_WITHOUT_POSTGRES})`;

/**
 * SPEC 5.2 and 9: whichever of a deletion and a new booking commits first, the booking never
 * keeps the client's real email. A third connection holds a row lock to force each interleaving.
 */
describe.skipIf(!TEST_DATABASE_URL)(NAME, () => {
  let t: TestApplication;
  let scene: { userId: string; accessId: string };
  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const book = async (code: string) => {
    const res = await t.app.request(
      URL,
      zapierRequest(aDelivery({ client_email: EMAIL, booking_code: code })),
    );
    return { status: res.status, body: await json(res) };
  };
  const deleteUser = () =>
    RequestContext.create(t.database.orm.em, () => t.useCases.deleteUser.execute(scene.userId as UserId));
  /** Resolves once `count` backends of this database wait on a lock. */
  const lockWaiters = (count: number) =>
    waitForLockWaiters(t.database, { atLeast: count, maxPolls: Infinity, intervalMs: 20 });
  /** Holds `lockSql` in its own transaction until `release` is called. */
  const holdLock = async (lockSql: string, params: unknown[]) => {
    let release = () => {};
    let locked = () => {};
    const held = new Promise<void>((resolve) => (locked = resolve));
    const done = t.database.orm.em.fork().transactional(async (em: EntityManager) => {
      await (em as unknown as { execute(q: string, p: unknown[]): Promise<unknown> }).execute(
        lockSql,
        params,
      );
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await held;
    return async () => {
      release();
      await done;
    };
  };
  const realEmailRows = async () =>
    Number(
      (
        await sql<{ n: string }>(`select count(*) as n from therapy_session where lower(client_email) = ?`, [
          EMAIL,
        ])
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestApplication({ kind: 'postgres', env: { ZAPIER_TOKEN } });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    scene = await therapyScene(t.database.orm, { email: EMAIL, remaining: 3, partner: 'Deletion Partner' });
  });

  it('a booking that found the user first is anonymised by the deletion that follows', async () => {
    const release = await holdLock(`select id from partner_access where id = ? for update`, [scene.accessId]);
    const booking = book('SB-DEL-1');
    await lockWaiters(1); // the booking has resolved its user and waits for the access
    const deletion = deleteUser();
    await Promise.race([deletion, lockWaiters(2)]);
    await release();
    const [booked] = await Promise.all([booking, deletion]);
    expect(booked.status).toBe(201);
    expect(await realEmailRows()).toBe(0);
  });

  it('a booking that comes while the deletion is under way is refused', async () => {
    expect((await book('SB-DEL-OLD')).status).toBe(201);
    const release = await holdLock(`select id from therapy_session where booking_code = ? for update`, [
      'SB-DEL-OLD',
    ]);
    const deletion = deleteUser();
    await lockWaiters(1); // the deletion has updated the user and waits for its bookings
    const booking = book('SB-DEL-NEW');
    await Promise.race([booking, lockWaiters(2)]);
    await release();
    const [booked] = await Promise.all([booking, deletion]);
    expect(booked).toMatchObject({ status: 400, body: { message: 'USER_NOT_FOUND' } });
    expect(await realEmailRows()).toBe(0);
  });
});
