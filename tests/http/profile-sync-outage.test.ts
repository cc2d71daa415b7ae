import { afterEach, describe, expect, it } from 'vitest';
import { aDelivery, ZAPIER_TOKEN, zapierRequest } from '../builders/therapy-delivery.builder.js';
import {
  bearer,
  insertCourse,
  insertPartner,
  insertPartnerAccess,
  insertSession,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { eventually, storedProfile, useProfileSyncApp } from '../support/profile-sync-app.js';
import { databaseKinds } from '../support/test-database.js';
import { jsonRequest } from '../support/test-app.js';
import type { ProfileSyncWorker } from '../../src/infrastructure/profile-sync-worker.js';

let accounts = 0;
const anEmail = (what: string) => `crisp-outage-${what}-${(accounts += 1)}@example.org`;
/** Far above what these requests take here, far below a Crisp call that waits for its 10 s timeout. */
const NORMAL_MS = 2_500;

describe(`a Crisp outage on ${databaseKinds.at(-1)}: requests unaffected, every profile converges`, () => {
  const { t, crisp, worker, enqueue, expectedProfile, sql } = useProfileSyncApp({
    kind: databaseKinds.at(-1),
    env: { ZAPIER_TOKEN },
  });
  let running: ProfileSyncWorker | undefined;
  afterEach(() => running?.stop());

  /** Sends a request and checks it answered `status` within normal time. */
  async function request(path: string, init: RequestInit, status: number): Promise<void> {
    const started = Date.now();
    const res = await t.app.request(path, init);
    expect(res.status, `${init.method} ${path}`).toBe(status);
    expect(Date.now() - started, `${init.method} ${path} took too long`).toBeLessThan(NORMAL_MS);
  }
  const as = (user: SignedInUser, method: string, body?: unknown): RequestInit =>
    body === undefined
      ? { method, headers: bearer(user.token) }
      : jsonRequest(method, body, bearer(user.token));

  it('answers every change while Crisp fails, then delivers the database state once it is back', async () => {
    const orm = t.database.orm;
    const [renamer, mover, coder, learner, booker, leaver] = (await Promise.all(
      ['renamer', 'mover', 'coder', 'learner', 'booker', 'leaver'].map((what) =>
        signedInUser(orm, anEmail(what)),
      ),
    )) as [SignedInUser, SignedInUser, SignedInUser, SignedInUser, SignedInUser, SignedInUser];
    const partnerId = await insertPartner(orm, { name: 'Outage Partner' });
    await insertPartnerAccess(orm, { partner_id: partnerId, access_code: 'OUTAGE' });
    await insertPartnerAccess(orm, {
      partner_id: partnerId,
      user_id: booker.userId,
      feature_therapy: true,
      therapy_sessions_remaining: 3,
    });
    const courseId = await insertCourse(orm, { name: 'Healing from sexual trauma', storyblok_id: 1001 });
    await insertSession(orm, { name: 'What is sexual trauma?', course_id: courseId, storyblok_id: 2001 });
    await insertSession(orm, { name: 'The body and trauma', course_id: courseId, storyblok_id: 2002 });
    const everyone = [renamer, mover, coder, learner, booker, leaver];
    for (const user of everyone) await enqueue(user.userId);

    running = worker().worker;
    running.start();
    await eventually(() => everyone.every((user) => crisp.people.has(user.email)));

    crisp.failWith(500);
    await request('/api/v1/user', as(renamer, 'PATCH', { name: 'Renamed During Outage' }), 200);
    const movedEmail = anEmail('moved');
    await request('/api/v1/user', as(mover, 'PATCH', { email: movedEmail }), 200);

    crisp.dropConnections();
    await request('/api/v1/partner-access/assign', as(coder, 'POST', { partnerAccessCode: 'OUTAGE' }), 201);
    await request('/api/v1/session-user/complete', as(learner, 'POST', { storyblokId: 2001 }), 201);
    await request('/api/v1/session-user', as(learner, 'POST', { storyblokId: 2002 }), 201);

    crisp.failWith(503);
    crisp.slowDown(200);
    await request('/api/webhooks/simplybook', zapierRequest(aDelivery({ client_email: booker.email })), 201);
    await request('/api/v1/user', as(leaver, 'DELETE'), 200);

    // The worker kept trying all along, and nothing was delivered or given up meanwhile.
    const failedAttempts = crisp.requests.length;
    await eventually(() => crisp.requests.length > failedAttempts + 10);
    expect(storedProfile(crisp, renamer.email)?.nickname).toBe('Test User');
    expect(await sql(`select count(*)::int as n from profile_sync_job where status = 'failed'`)).toEqual([
      { n: 0 },
    ]);

    crisp.recover();
    const current = [renamer, { ...mover, email: movedEmail }, coder, learner, booker];
    await eventually(async () => {
      for (const user of current) {
        const expected = await expectedProfile(user.userId);
        expect(storedProfile(crisp, user.email), user.email).toEqual(expected);
      }
      expect(crisp.people.get(leaver.email)?.person.nickname).toBe('Deleted user');
    });

    expect(crisp.people.has(mover.email)).toBe(false);
    expect(storedProfile(crisp, renamer.email)?.nickname).toBe('Renamed During Outage');
    expect(storedProfile(crisp, coder.email)?.segments).toEqual(['outage partner']);
    expect(storedProfile(crisp, learner.email)?.data).toMatchObject({ course_hst_sessions: 'WIST:C; BT:S' });
    expect(storedProfile(crisp, booker.email)?.data).toMatchObject({ therapy_sessions_redeemed: 1 });
    expect(crisp.people.get(leaver.email)?.data.deleted_at).toEqual(expect.stringMatching(/Z$/));
    await eventually(async () =>
      expect(await sql(`select distinct status from profile_sync_job`)).toEqual([{ status: 'delivered' }]),
    );
  });
});
