import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const kind = databaseKinds.at(-1) ?? 'pglite';
const URL = '/api/v1/subscription-user';
let accounts = 0;
const anEmail = () => `subscription-user-http-${(accounts += 1)}@example.org`;

describe(`${URL} (${kind})`, () => {
  let t: TestApplication;
  let user: SignedInUser;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);
  const subscribe = (subscriptionInfo: unknown, token = user.token) =>
    t.app.request(`${URL}/whatsapp`, jsonRequest('POST', { subscriptionInfo }, bearer(token)));
  const cancel = (
    id: string,
    token = user.token,
    body: unknown = { cancelledAt: '2020-01-01T00:00:00+0000' },
  ) => t.app.request(`${URL}/whatsapp/${id}`, jsonRequest('PATCH', body, bearer(token)));
  const jobs = () =>
    sql(`select user_id, kind, version from profile_sync_job where kind = 'contact_sync' order by user_id`);

  beforeAll(async () => {
    t = await createTestApplication({ kind });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    user = await signedInUser(t.database.orm, anEmail());
  });

  it('subscribes with the number normalised, writing a contact-sync job in the same transaction', async () => {
    const res = await subscribe(' +44 7700 900123 ');
    expect(res.status).toBe(201);
    const body = await json(res);
    const [whatsapp] = await sql<{ id: string }>(`select id from subscription where name = 'whatsapp'`);
    expect(body).toEqual({
      id: expect.any(String),
      subscriptionId: whatsapp?.id,
      subscriptionName: 'whatsapp',
      subscriptionInfo: '+447700900123',
      createdAt: expect.any(String),
      cancelledAt: null,
    });
    expect(await jobs()).toEqual([{ user_id: user.userId, kind: 'contact_sync', version: 1 }]);
  });

  it('refuses numbers that are not E.164 or not possible in their country', async () => {
    for (const number of [
      '07700900123',
      '+0447700900123',
      '+44abc',
      '+15550100',
      '+999123456789',
      '',
      447700900123,
    ]) {
      const res = await subscribe(number);
      const body = await json(res);
      expect([res.status, body.message]).toEqual(
        typeof number === 'number' ? [400, 'VALIDATION_FAILED'] : [400, 'INVALID_PHONE_NUMBER'],
      );
    }
    expect(await sql(`select * from subscription_user`)).toEqual([]);
    expect(await jobs()).toEqual([]);
  });

  it('allows one active subscription per user (any number); after cancelling, a new one', async () => {
    const first = await json(await subscribe('+447700900123'));
    const again = await subscribe('+34612345678');
    expect([again.status, (await json(again)).message]).toEqual([409, 'ALREADY_EXISTS']);

    const cancelled = await cancel(first.id);
    expect(cancelled.status).toBe(200);
    const body = await json(cancelled);
    // The client's time is checked, never stored: the server records its own.
    expect(body).toMatchObject({ id: first.id, cancelledAt: expect.any(String) });
    expect(Date.now() - Date.parse(body.cancelledAt)).toBeLessThan(60_000);

    const second = await subscribe('+34612345678');
    expect(second.status).toBe(201);
    const list = await json(await t.app.request(URL, { headers: bearer(user.token) }));
    expect(list.map((row: { subscriptionInfo: string }) => row.subscriptionInfo)).toEqual([
      '+34612345678',
      '+447700900123',
    ]);
    expect(await jobs()).toEqual([{ user_id: user.userId, kind: 'contact_sync', version: 3 }]);
  });

  it('answers an already cancelled subscription unchanged, and no job is written', async () => {
    const { id } = await json(await subscribe('+447700900123'));
    const once = await json(await cancel(id));
    const twice = await cancel(id, user.token, { cancelledAt: '2030-01-01T00:00:00Z' });
    expect(twice.status).toBe(200);
    expect(await json(twice)).toEqual(once);
    expect(await jobs()).toEqual([{ user_id: user.userId, kind: 'contact_sync', version: 2 }]);
  });

  it('hides other users’ subscriptions behind 404, and validates the cancel body and id', async () => {
    const { id } = await json(await subscribe('+447700900123'));
    const stranger = await signedInUser(t.database.orm, anEmail());
    for (const res of [
      await cancel(id, stranger.token),
      await cancel('00000000-0000-4000-8000-000000000099'),
    ]) {
      expect([res.status, (await json(res)).message]).toEqual([404, 'SUBSCRIPTION_NOT_FOUND']);
    }
    expect(await json(await t.app.request(URL, { headers: bearer(stranger.token) }))).toEqual([]);
    for (const [target, body] of [
      [id, {}],
      [id, { cancelledAt: 'yesterday' }],
      ['not-a-uuid', { cancelledAt: '2026-01-01T00:00:00Z' }],
    ] as const) {
      const res = await cancel(target, user.token, body);
      expect([res.status, (await json(res)).message]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await sql(`select cancelled_at from subscription_user`)).toEqual([{ cancelled_at: null }]);
  });

  it('cancels the active subscription when the account is deleted, with a contact-sync job', async () => {
    await subscribe('+447700900123');
    const deleted = await t.app.request('/api/v1/user', { method: 'DELETE', headers: bearer(user.token) });
    expect(deleted.status).toBe(200);
    const rows = await sql(`select cancelled_at is not null as cancelled from subscription_user`);
    expect(rows).toEqual([{ cancelled: true }]);
    expect(await jobs()).toEqual([{ user_id: user.userId, kind: 'contact_sync', version: 2 }]);
  });

  it('the database refuses a second active row and a malformed number, whatever the code does', async () => {
    await subscribe('+447700900123');
    const [row] = await sql<{ subscription_id: string }>(`select subscription_id from subscription_user`);
    const insert = (info: string) =>
      sql(
        `insert into subscription_user (id, user_id, subscription_id, subscription_info)
         values (gen_random_uuid(), ?, ?, ?)`,
        [user.userId, row?.subscription_id, info],
      );
    await expect(insert('+34612345678')).rejects.toThrow(/subscription_user_active_unique/);
    await sql(`update subscription_user set cancelled_at = now()`);
    await expect(insert('0034612345678')).rejects.toThrow(/check/);
    await insert('+34612345678');
  });
});
