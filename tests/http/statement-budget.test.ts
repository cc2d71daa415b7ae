import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCourseWithSessions } from '../builders/course-scene.builder.js';
import { aDelivery, ZAPIER_TOKEN, zapierRequest } from '../builders/therapy-delivery.builder.js';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertRow,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { statementsDuring } from '../support/statement-counter.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const EMAIL = 'statement-budget@example.org';

/**
 * The two hottest requests stay a few statements however much the user has: GET /me (every app
 * open) and completing a session. A regression guard on the number of statements, not on time.
 */
describe(`statement budget on ${databaseKinds.at(-1)}`, () => {
  let t: TestApplication;
  let user: SignedInUser;

  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1), env: { ZAPIER_TOKEN } });
    const orm = t.database.orm;
    user = await signedInUser(orm, EMAIL);
    // Two partners' accesses (one with a booking) and an admin role, so every part of the
    // profile has rows.
    const first = await insertPartner(orm, { name: 'Budget Partner One' });
    const second = await insertPartner(orm, { name: 'Budget Partner Two' });
    await insertPartnerAccess(orm, {
      partner_id: first,
      user_id: user.userId,
      feature_therapy: true,
      therapy_sessions_remaining: 4,
      activated_at: new Date('2026-01-01T00:00:00.000Z'),
    });
    await insertPartnerAccess(orm, {
      partner_id: second,
      user_id: user.userId,
      activated_at: new Date('2026-01-02T00:00:00.000Z'),
    });
    await insertPartnerAdmin(orm, { user_id: user.userId, partner_id: first });
    await insertPartnerAccess(orm, { partner_id: second, access_code: 'BUDGET' });
    const booked = await t.app.request(
      '/api/webhooks/simplybook',
      zapierRequest(aDelivery({ client_email: EMAIL })),
    );
    expect(booked.status).toBe(201);
    await aCourseWithSessions(orm);
    const started = await t.app.request(
      '/api/v1/session-user',
      jsonRequest('POST', { storyblokId: 2001 }, bearer(user.token)),
    );
    expect(started.status).toBe(201);
    // A started resource, so the profile's `resources` (SPEC 12.4) has a row too.
    await insertRow(orm, 'resource', {
      name: 'Budget short',
      slug: 'shorts/budget',
      status: 'published',
      category: 'short_video',
      storyblok_uuid: 'budget-resource-uuid',
    });
    const resource = await t.app.request(
      '/api/v1/resource-user/complete',
      jsonRequest('POST', { storyblokUuid: 'budget-resource-uuid' }, bearer(user.token)),
    );
    expect(resource.status).toBe(201);
  });
  afterAll(() => t.close());

  const me = () => t.app.request('/api/v1/user/me', { headers: bearer(user.token) });

  it('GET /me: three reads, and two writes in the first visit of an hour', async () => {
    const first = await statementsDuring(t.database.orm, async () => expect((await me()).status).toBe(200));
    const again = await statementsDuring(t.database.orm, async () => expect((await me()).status).toBe(200));

    // The caller, the account (accesses, partners, bookings, admin role, resources), the course progress.
    expect(again).toHaveLength(3);
    const profile = await json(await me());
    expect(profile.resources).toEqual([
      expect.objectContaining({ storyblokUuid: 'budget-resource-uuid', completed: true }),
    ]);
    // ...and lastActiveAt with the profile-sync record.
    expect(first).toHaveLength(5);
    expect(first.filter((sql) => /^(update|insert)/i.test(sql))).toHaveLength(2);
  });

  it('POST /partner-access/validate-code: one read of the access with its partner', async () => {
    const statements = await statementsDuring(t.database.orm, async () => {
      const res = await t.app.request(
        '/api/v1/partner-access/validate-code',
        jsonRequest('POST', { partnerAccessCode: 'budget' }),
      );
      expect(res.status).toBe(201);
    });
    expect(statements).toHaveLength(1);
  });

  it('POST /session-user, /complete and /incomplete: five statements at most (issue 14)', async () => {
    const calls = [
      ['/complete', 2002], // adds the session's row
      ['/complete', 2001], // completes the course
      ['/incomplete', 2002], // and un-completes it
      ['', 2001], // changes nothing
    ] as const;
    for (const [path, storyblokId] of calls) {
      const statements = await statementsDuring(t.database.orm, async () => {
        const res = await t.app.request(
          `/api/v1/session-user${path}`,
          jsonRequest('POST', { storyblokId }, bearer(user.token)),
        );
        expect(res.status).toBe(201);
      });
      // The caller; the session (share-locked); the course_user row (added or locked); the
      // session_user row (found or added) with every session of the course and the user's rows
      // in them; one write of both rows' changes with the profile-sync record.
      expect(statements.length, `POST /session-user${path}`).toBeLessThanOrEqual(5);
    }
  });
});
