import { RequestContext } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/domain/shared/clock.js';
import { NumberLeases } from '../../src/domain/subscription/contact-sync.js';
import { silentLogger } from '../../src/infrastructure/logger.js';
import {
  profileSyncWorker,
  type WorkerOptions,
} from '../../src/infrastructure/modules/profile-sync.module.js';
import { resolver } from '../../src/infrastructure/modules/provide.js';
import { FakeRespondIo } from '../support/fake-respond-io.js';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { FAST_WORKER } from '../support/profile-sync-app.js';
import {
  createTestApplication,
  json,
  jsonRequest,
  lateBound,
  type TestApplication,
} from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

let accounts = 0;
const anEmail = () => `contact-sync-${(accounts += 1)}@example.org`;
const kind = databaseKinds.at(-1);
const A = '+447700900101';
const B = '+447700900102';
/** The lease id of a delivery running elsewhere. */
const OTHER_HOLDER = '0e0e0e0e-0000-4000-8000-000000000001';

describe(`the WhatsApp contact sync through the outbox worker (${kind})`, () => {
  const app = lateBound<TestApplication>('the test application');
  const fake = lateBound<FakeRespondIo>('the fake respond.io');
  const t = app.proxy;
  const hooks = fake.proxy;

  beforeAll(async () => {
    const started = await FakeRespondIo.start();
    fake.set(started);
    app.set(await createTestApplication({ kind, env: started.env }));
  });
  afterAll(async () => {
    await t.close();
    await hooks.stop();
  });
  beforeEach(async () => {
    await t.database.reset();
    hooks.reset();
  });

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const scope = <T>(work: () => Promise<T>) => RequestContext.create(t.database.orm.em, work);
  const worker = (options: WorkerOptions = FAST_WORKER) =>
    profileSyncWorker(resolver(t.container), t.database.orm, t.config, silentLogger(), options);
  /** Rounds until nothing is due, as a running worker would. */
  const deliverAll = async (options: WorkerOptions = FAST_WORKER) => {
    const { deliver } = worker(options);
    for (let round = 0; round < 20; round += 1)
      if ((await scope(() => deliver.execute())).leased === 0) return;
  };
  const subscribe = async (user: SignedInUser, number: string) => {
    const res = await t.app.request(
      '/api/v1/subscription-user/whatsapp',
      jsonRequest('POST', { subscriptionInfo: number }, bearer(user.token)),
    );
    expect(res.status).toBe(201);
    return (await json(res)).id as string;
  };
  const cancel = async (user: SignedInUser, id: string) => {
    const res = await t.app.request(
      `/api/v1/subscription-user/whatsapp/${id}`,
      jsonRequest('PATCH', { cancelledAt: new Date().toISOString() }, bearer(user.token)),
    );
    expect(res.status).toBe(200);
  };
  const job = async (userId: string) =>
    (
      await sql(
        `select status, attempts, last_error from profile_sync_job where user_id = ? and kind = 'contact_sync'`,
        [userId],
      )
    )[0];
  const rows = (userId: string) =>
    sql(
      `select subscription_info, cancelled_at is not null as cancelled, contact_added_at is not null as added,
              contact_removed_at is not null as removed
         from subscription_user where user_id = ? order by created_at, id`,
      [userId],
    );

  it('adds the subscriber as a contact with their number and name', async () => {
    const user = await signedInUser(t.database.orm, anEmail(), { name: 'Robin Notes' });
    await subscribe(user, A);
    await deliverAll();
    expect(hooks.calls).toEqual([
      { hook: 'create', body: { phonenumber: A, name: 'Robin Notes' }, status: 200 },
    ]);
    expect(await rows(user.userId)).toEqual([
      { subscription_info: A, cancelled: false, added: true, removed: false },
    ]);
    expect(await job(user.userId)).toMatchObject({ status: 'delivered' });
  });

  it('sends removals before adds: subscribe, cancel, subscribe another number converges', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    await cancel(user, await subscribe(user, A));
    await subscribe(user, B);
    await deliverAll();
    // A removal is sent even though the add never went out (harmless), then the add.
    expect(hooks.delivered).toEqual([`delete ${A}`, `create ${B}`]);
    expect([...hooks.contacts.keys()]).toEqual([B]);
    expect(await rows(user.userId)).toEqual([
      { subscription_info: A, cancelled: true, added: false, removed: true },
      { subscription_info: B, cancelled: false, added: true, removed: false },
    ]);
  });

  it('never removes a number an active subscription holds: resubscribing the same number, or another user taking it', async () => {
    const first = await signedInUser(t.database.orm, anEmail());
    await subscribe(first, A);
    await deliverAll();
    await cancel(
      first,
      (await json(await t.app.request('/api/v1/subscription-user', { headers: bearer(first.token) })))[0].id,
    );
    const second = await signedInUser(t.database.orm, anEmail());
    await subscribe(second, A);
    await deliverAll();
    expect(hooks.delivered).toEqual([`create ${A}`, `create ${A}`]);
    expect(hooks.contacts.has(A)).toBe(true);
    expect(await rows(first.userId)).toEqual([
      { subscription_info: A, cancelled: true, added: true, removed: true },
    ]);
    expect(hooks.maxConcurrentPerNumber).toBe(1);
  });

  it('answers requests during an outage, retries with backoff, and converges once the hooks are back', async () => {
    const users = await Promise.all(
      [anEmail(), anEmail(), anEmail()].map((e) => signedInUser(t.database.orm, e)),
    );
    hooks.failWith(500);
    const [keeper, leaver, switcher] = users as [SignedInUser, SignedInUser, SignedInUser];
    await subscribe(keeper, '+447700900201');
    await cancel(leaver, await subscribe(leaver, '+447700900202'));
    await cancel(switcher, await subscribe(switcher, '+447700900203'));
    await subscribe(switcher, '+447700900204');
    await deliverAll({
      ...FAST_WORKER,
      retry: { firstDelayMs: 60_000, maxDelayMs: 60_000, giveUpAfterMs: 3_600_000 },
    });
    const failing = await job(keeper.userId);
    expect(failing).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'create-contact hook answered 500',
    });
    expect(JSON.stringify(await sql(`select last_error from profile_sync_job`))).not.toContain('+44');

    hooks.dropConnections();
    await sql(`update profile_sync_job set next_attempt_at = now() - interval '1 second'`);
    await deliverAll({
      ...FAST_WORKER,
      retry: { firstDelayMs: 60_000, maxDelayMs: 60_000, giveUpAfterMs: 3_600_000 },
    });
    expect(await job(keeper.userId)).toMatchObject({
      attempts: 2,
      last_error: 'create-contact hook unreachable',
    });

    hooks.recover();
    await sql(`update profile_sync_job set next_attempt_at = now() - interval '1 second'`);
    await deliverAll();
    expect(Object.fromEntries(hooks.contacts)).toEqual({
      '+447700900201': 'Test User',
      '+447700900204': 'Test User',
    });
    for (const user of users) expect(await job(user.userId)).toMatchObject({ status: 'delivered' });
  });

  it('removes a deleted user’s number, then redacts it', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    const old = await subscribe(user, A);
    await deliverAll();
    await cancel(user, old);
    await subscribe(user, B);
    await deliverAll();
    const deleted = await t.app.request('/api/v1/user', { method: 'DELETE', headers: bearer(user.token) });
    expect(deleted.status).toBe(200);
    await deliverAll();
    expect(hooks.delivered).toEqual([`create ${A}`, `delete ${A}`, `create ${B}`, `delete ${B}`]);
    expect(hooks.contacts.size).toBe(0);
    expect(await rows(user.userId)).toEqual([
      { subscription_info: 'REDACTED', cancelled: true, added: true, removed: true },
      { subscription_info: 'REDACTED', cancelled: true, added: true, removed: true },
    ]);
  });

  it('leaves a number alone while another delivery holds it, and delivers once it is free', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    await subscribe(user, A);
    const leases = resolver(t.container)(NumberLeases);
    const now = new Date();
    expect(await leases.claim(A, OTHER_HOLDER, now, new Date(now.getTime() + 60_000))).toBe(true);
    await deliverAll({
      ...FAST_WORKER,
      retry: { firstDelayMs: 60_000, maxDelayMs: 60_000, giveUpAfterMs: 3_600_000 },
    });
    expect(hooks.calls).toEqual([]);
    expect(await job(user.userId)).toMatchObject({
      status: 'pending',
      last_error: expect.stringMatching(/^number busy/),
    });
    await leases.release(A, OTHER_HOLDER);
    await sql(`update profile_sync_job set next_attempt_at = now() - interval '1 second'`);
    await deliverAll();
    expect(hooks.delivered).toEqual([`create ${A}`]);
  });

  it('recovers a job whose worker died mid-call: another worker delivers it once both leases run out', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    await subscribe(user, A);
    hooks.hold();
    const dead = worker({
      ...FAST_WORKER,
      delivery: { ...FAST_WORKER.delivery, leaseMs: 5 * 60_000 },
    }).deliver;
    // The dying worker's round: leased, called the hook, and never heard back.
    const abandoned = scope(() => dead.execute());
    await waitFor(() => hooks.calls.length === 1);
    const later: Clock = { now: () => new Date(Date.now() + 6 * 60_000) };
    hooks.recover();
    const { deliver } = worker({ ...FAST_WORKER, clock: later });
    expect((await scope(() => deliver.execute())).delivered).toBe(1);
    expect(await job(user.userId)).toMatchObject({ status: 'delivered' });
    // The dead worker's call finally ends: its late writes change nothing.
    hooks.releaseHeld();
    await abandoned;
    expect(await job(user.userId)).toMatchObject({ status: 'delivered' });
    expect(await rows(user.userId)).toEqual([
      { subscription_info: A, cancelled: false, added: true, removed: false },
    ]);
    expect(await sql(`select * from contact_number_lease`)).toEqual([]);
  });

  it('lists failed contact-sync jobs to super admins only, and retries them', async () => {
    const admin = await signedInUser(t.database.orm, anEmail(), { is_super_admin: true });
    const user = await signedInUser(t.database.orm, anEmail());
    await subscribe(user, A);
    hooks.failWith(502);
    await deliverAll({ ...FAST_WORKER, retry: { firstDelayMs: 1, maxDelayMs: 1, giveUpAfterMs: 0 } });
    await sql(
      `insert into profile_sync_job (id, user_id, kind, status) values (gen_random_uuid(), ?, 'chat_profile', 'failed')`,
      [user.userId],
    );
    const list = await t.app.request('/api/v1/admin/contact-sync?status=failed', {
      headers: bearer(admin.token),
    });
    expect(list.status).toBe(200);
    expect(await json(list)).toEqual({
      total: 1,
      jobs: [
        expect.objectContaining({
          userId: user.userId,
          kind: 'contact_sync',
          status: 'failed',
          lastError: 'create-contact hook answered 502',
        }),
      ],
    });
    const forbidden = await t.app.request('/api/v1/admin/contact-sync?status=failed', {
      headers: bearer(user.token),
    });
    expect(forbidden.status).toBe(403);

    hooks.recover();
    const retried = await t.app.request(
      '/api/v1/admin/contact-sync/retry',
      jsonRequest('POST', {}, bearer(admin.token)),
    );
    expect([retried.status, await json(retried)]).toEqual([201, { retried: 1 }]);
    // The chat-profile job is not this route's.
    expect(await sql(`select status from profile_sync_job where kind = 'chat_profile'`)).toEqual([
      { status: 'failed' },
    ]);
    await deliverAll();
    expect(hooks.delivered).toEqual([`create ${A}`]);
  });
});

async function waitFor(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((wake) => setTimeout(wake, 10));
  }
}
