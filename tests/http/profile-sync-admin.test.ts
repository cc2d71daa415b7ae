import { RequestContext } from '@mikro-orm/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { FAST_WORKER, useProfileSyncApp } from '../support/profile-sync-app.js';
import { databaseKinds } from '../support/test-database.js';
import { json, jsonRequest } from '../support/test-app.js';
import { DEFAULT_RETRY_SETTINGS } from '../../src/domain/profile-sync/retry-schedule.js';

let accounts = 0;
const anEmail = (what: string) => `crisp-admin-${what}-${(accounts += 1)}@example.org`;
const LIST = '/api/v1/admin/profile-sync';
const RETRY = '/api/v1/admin/profile-sync/retry';
const HOUR = 60 * 60_000;

describe(`${LIST} on ${databaseKinds.at(-1)}`, () => {
  const { t, crisp, worker, deliverAll, enqueue, sql } = useProfileSyncApp({ kind: databaseKinds.at(-1) });
  let admin: SignedInUser;
  let member: SignedInUser;
  const get = (query: string, token = admin.token) =>
    t.app.request(`${LIST}${query}`, { headers: bearer(token) });
  const retry = (body?: unknown, token = admin.token) =>
    t.app.request(
      RETRY,
      body === undefined
        ? { method: 'POST', headers: bearer(token) }
        : jsonRequest('POST', body, bearer(token)),
    );

  beforeEach(async () => {
    admin = await signedInUser(t.database.orm, anEmail('super'), { is_super_admin: true });
    member = await signedInUser(t.database.orm, anEmail('member'));
  });

  /** Delivery rounds an hour apart on an injected clock, with Crisp down, until the job gives up. */
  async function failForADay(): Promise<{ rounds: number; span: number }> {
    const start = Date.now() + 1_000;
    let now = start;
    const clock = { now: () => new Date(now) };
    const { deliver } = worker({ ...FAST_WORKER, retry: DEFAULT_RETRY_SETTINGS, clock });
    for (let rounds = 1; rounds < 200; rounds += 1) {
      const round = await RequestContext.create(t.database.orm.em, () => deliver.execute());
      if (round.failed === 1) return { rounds, span: now - start };
      now += HOUR;
    }
    throw new Error('never gave up');
  }

  it('answers 401 without a token and 403 to a user who is not a super admin', async () => {
    expect((await t.app.request(LIST)).status).toBe(401);
    expect((await get('', member.token)).status).toBe(403);
    expect((await retry(undefined, member.token)).status).toBe(403);
  });

  it('lists a job that failed for 24 hours, without personal data, then retries and delivers it', async () => {
    crisp.failWith(500);
    await enqueue(member.userId);
    const { rounds, span } = await failForADay();
    expect(span).toBeGreaterThanOrEqual(24 * HOUR);
    expect(rounds).toBeGreaterThan(20);

    const failed = await get('?status=failed');
    expect(failed.status).toBe(200);
    const body = await json(failed);
    const [row] = await sql(`select id from profile_sync_job`);
    expect(body).toEqual({
      total: 1,
      jobs: [
        {
          id: row.id,
          userId: member.userId,
          kind: 'chat_profile',
          status: 'failed',
          attempts: rounds,
          nextAttemptAt: expect.stringMatching(/Z$/),
          lastError: 'crisp create: 500 internal_error',
          createdAt: expect.stringMatching(/Z$/),
          updatedAt: expect.stringMatching(/Z$/),
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('@');
    expect(await json(await get('?status=pending'))).toEqual({ total: 0, jobs: [] });

    const retried = await retry();
    expect(retried.status).toBe(201);
    expect(await json(retried)).toEqual({ retried: 1 });
    expect(await json(await get('?status=pending'))).toMatchObject({
      total: 1,
      jobs: [{ id: row.id, status: 'pending', attempts: 0 }],
    });

    crisp.recover();
    await deliverAll();
    expect(crisp.people.has(member.email)).toBe(true);
    expect(await json(await get(''))).toEqual({ total: 0, jobs: [] });
  });

  it('retries only the failed jobs named, and ignores ids of other jobs', async () => {
    await sql(
      `insert into profile_sync_job (id, user_id, kind, status, attempts) values
         ('00000000-0000-4000-8000-000000000001', ?, 'chat_profile', 'failed', 30),
         ('00000000-0000-4000-8000-000000000002', ?, 'chat_profile', 'failed', 30)`,
      [member.userId, admin.userId],
    );
    const res = await retry({
      ids: ['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000ff'],
    });
    expect(await json(res)).toEqual({ retried: 1 });
    expect(await json(await get('?status=failed&limit=1'))).toMatchObject({
      total: 1,
      jobs: [{ id: '00000000-0000-4000-8000-000000000001' }],
    });
  });

  it.each([
    ['GET ?status=delivered', () => get('?status=delivered')],
    ['GET ?limit=0', () => get('?limit=0')],
    ['GET ?limit=101', () => get('?limit=101')],
    ['POST { ids: ["not-a-uuid"] }', () => retry({ ids: ['not-a-uuid'] })],
    ['POST { ids: [] }', () => retry({ ids: [] })],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBe('VALIDATION_FAILED');
  });

  it('documents both routes in the OpenAPI document', async () => {
    const doc = await json(await t.app.request('/api/openapi.json'));
    expect(doc.paths[LIST].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'limit',
      'status',
    ]);
    expect(Object.keys(doc.paths[RETRY].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403']),
    );
  });
});
