import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  insertCourse,
  insertPartner,
  insertPartnerAccess,
  insertRow,
  insertSession,
  insertUser,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const URL = '/api/v1/reports/summary';
const MARCH = 'from=2026-03-01&to=2026-04-01';
const IN = '2026-03-10T10:00:00Z';
const BEFORE = '2026-02-27T10:00:00Z';
const AFTER = '2026-04-01T00:00:00Z';

/**
 * SPEC 13.9's summary keys over rows written by hand: `member` holds a Bumble access, `outsider`
 * none; every count has one row in the window and one outside it.
 */
for (const kind of databaseKinds) {
  describe(`GET ${URL}: resources, feedback, events and WhatsApp on ${kind}`, () => {
    let t: TestApplication;
    let superAdmin: SignedInUser;

    beforeAll(async () => {
      t = await createTestApplication({ kind });
      const orm = t.database.orm;
      const bumble = await insertPartner(orm, { name: 'Bumble' });
      const member = await insertUser(orm, { email: `notes-member-${kind}@example.org` });
      const outsider = await insertUser(orm, { email: `notes-outsider-${kind}@example.org` });
      await insertPartnerAccess(orm, { partner_id: bumble, user_id: member });
      const short = await insertRow(orm, 'resource', {
        name: 'A short',
        slug: 's',
        status: 'published',
        category: 'short_video',
      });
      const talk = await insertRow(orm, 'resource', {
        name: 'A talk',
        slug: 't',
        status: 'deleted',
        category: 'resource_conversation',
      });
      const progress = (user: string, resource: string, created: string, completed: string | null) =>
        insertRow(orm, 'resource_user', {
          user_id: user,
          resource_id: resource,
          created_at: created,
          completed_at: completed,
        });
      await progress(member, short, IN, IN);
      await progress(outsider, short, BEFORE, IN);
      await progress(outsider, talk, IN, AFTER);
      const course = await insertCourse(orm, { name: 'Healing' });
      const session = await insertSession(orm, { name: 'Grounding', course_id: course });
      const feedback = (table: string, column: string, id: string, tag: string, at: string) =>
        insertRow(orm, table, {
          [column]: id,
          feedback_tags: tag,
          feedback_description: 'private words',
          created_at: at,
        });
      await feedback('session_feedback', 'session_id', session, 'useful', IN);
      await feedback('session_feedback', 'session_id', session, 'useful', IN);
      await feedback('session_feedback', 'session_id', session, 'too long', BEFORE);
      await feedback('resource_feedback', 'resource_id', short, 'useful', IN);
      await feedback('resource_feedback', 'resource_id', talk, 'not useful', IN);
      const event = (user: string, name: string, at: string) =>
        insertRow(orm, 'event_log', {
          user_id: user,
          event: name,
          date: at,
          metadata: JSON.stringify({ title: 'Box breathing' }),
        });
      await event(member, 'LOGGED_IN', IN);
      await event(member, 'GROUNDING_EXERCISE_STARTED', IN);
      await event(outsider, 'LOGGED_IN', IN);
      await event(outsider, 'LOGGED_OUT', AFTER);
      const [whatsapp] = await orm.em
        .getConnection()
        .execute<{ id: string }[]>(`select id from subscription where name = 'whatsapp'`);
      const subscription = (user: string, number: string, created: string, cancelled: string | null) =>
        insertRow(orm, 'subscription_user', {
          user_id: user,
          subscription_id: whatsapp?.id,
          subscription_info: number,
          created_at: created,
          cancelled_at: cancelled,
        });
      await subscription(member, '+447700900001', BEFORE, IN);
      await subscription(member, '+447700900002', IN, null);
      await subscription(outsider, '+447700900003', IN, AFTER);
      superAdmin = await signedInUser(orm, `notes-super-${kind}@example.org`, { is_super_admin: true });
    });
    afterAll(() => t.close());

    const get = (query: string, accept?: string) =>
      t.app.request(`${URL}?${query}`, {
        headers: { ...bearer(superAdmin.token), ...(accept ? { accept } : {}) },
      });

    it('counts resources, feedback by tag, events and WhatsApp subscriptions in the window', async () => {
      const body = await json(await get(MARCH));
      expect(body).toMatchObject({
        resources: [
          { resource: 'A short', started: 1, completed: 2 },
          { resource: 'A talk', started: 1, completed: 0 },
        ],
        feedback: [
          { tag: 'useful', session: 2, resource: 1 },
          { tag: 'not useful', session: 0, resource: 1 },
        ],
        events: { LOGGED_IN: 2, LOGGED_OUT: 0, GROUNDING_EXERCISE_STARTED: 1 },
        whatsapp: { subscribed: 2, cancelled: 1 },
      });
    });

    it('narrows to a partner’s users, and has no feedback then (anonymous)', async () => {
      const body = await json(await get(`${MARCH}&partner=bumble`));
      expect(body).toMatchObject({
        partner: 'Bumble',
        resources: [{ resource: 'A short', started: 1, completed: 1 }],
        feedback: null,
        events: { LOGGED_IN: 1, LOGGED_OUT: 0, GROUNDING_EXERCISE_STARTED: 1 },
        whatsapp: { subscribed: 1, cancelled: 1 },
      });
    });

    it('writes the same counts as CSV rows, never a description or a number', async () => {
      const res = await get(MARCH, 'text/csv');
      const text = await res.text();
      expect(text).toContain('\r\nresources.completed,A short,2\r\n');
      expect(text).toContain('\r\nfeedback.session,useful,2\r\nfeedback.resource,useful,1\r\n');
      expect(text).toContain('\r\nevents,LOGGED_IN,2\r\n');
      expect(text).toContain('\r\nwhatsapp.subscribed,,2\r\nwhatsapp.cancelled,,1\r\n');
      expect(text).not.toMatch(/private words|\+4477/);
    });
  });
}
