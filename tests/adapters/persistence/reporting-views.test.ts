import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertCourse,
  insertPartner,
  insertPartnerAccess,
  insertRow,
  insertSession,
  insertUser,
} from '../../support/fixtures.js';
import {
  openTestDatabase,
  SKIP_WITHOUT_POSTGRES,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '../../support/test-database.js';

const suite = TEST_DATABASE_URL ? describe : describe.skip;

/** Column names that would mean personal data (or a secret) in a report. */
const DENIED = [
  /name/,
  /email/,
  /booking_code/,
  /firebase/,
  /crisp/,
  /access_code/,
  /service_provider/,
  /client/,
  /phone/,
  /subscription_info/,
  /description/,
  /token/,
  /password/,
  /title/,
];

/** Values written into every personal column; none may come out of a reporting view. */
const CANARIES = {
  name: 'Canary Person',
  email: 'canary-person@example.com',
  firebaseUid: 'canary-firebase-uid',
  crispTokenId: '0c0c0c0c-0000-4000-8000-000000000001',
  accessCode: 'CNRYQQ',
  bookingCode: 'canary-booking-code',
  clientEmail: 'canary-client@example.com',
  providerName: 'Canary Therapist',
  providerEmail: 'canary-therapist@example.com',
  timezone: 'Canary/Island',
  feedback: 'canary private feedback words',
  phone: '+447700900999',
};

/** Columns SPEC 13.9 puts in a view although their name matches DENIED: an exercise's title, not a person's. */
const ALLOWED = [{ view: 'event_log', column: 'title' }];

suite(
  `the reporting views hold no personal data (postgres${TEST_DATABASE_URL ? '' : `, ${SKIP_WITHOUT_POSTGRES}`})`,
  () => {
    let database: TestDatabase;
    const execute = <T>(sql: string): Promise<T[]> => database.orm.em.getConnection().execute(sql);

    beforeAll(async () => {
      database = await openTestDatabase('postgres');
      const orm = database.orm;
      const userId = await insertUser(orm, {
        email: CANARIES.email,
        name: CANARIES.name,
        firebase_uid: CANARIES.firebaseUid,
        crisp_token_id: CANARIES.crispTokenId,
        last_active_at: '2026-03-01T10:00:00Z',
      });
      const partnerId = await insertPartner(orm, { name: 'Canary Partner' });
      const accessId = await insertPartnerAccess(orm, {
        partner_id: partnerId,
        user_id: userId,
        access_code: CANARIES.accessCode,
        feature_therapy: true,
      });
      const courseId = await insertCourse(orm, { name: 'Canary Course' });
      const sessionId = await insertSession(orm, { name: 'Canary Session', course_id: courseId });
      const courseUserId = await insertRow(orm, 'course_user', { user_id: userId, course_id: courseId });
      await insertRow(orm, 'session_user', { course_user_id: courseUserId, session_id: sessionId });
      await insertRow(orm, 'therapy_session', {
        user_id: userId,
        partner_access_id: accessId,
        action: 'NEW_BOOKING',
        booking_code: CANARIES.bookingCode,
        client_email: CANARIES.clientEmail,
        client_timezone: CANARIES.timezone,
        service_name: 'Therapy',
        service_provider_name: CANARIES.providerName,
        service_provider_email: CANARIES.providerEmail,
        start_date_time: '2026-03-02T10:00:00Z',
        end_date_time: '2026-03-02T11:00:00Z',
      });
      const resourceId = await insertRow(orm, 'resource', {
        name: 'Canary Resource',
        slug: 'shorts/canary',
        status: 'published',
        category: 'short_video',
      });
      await insertRow(orm, 'resource_user', { user_id: userId, resource_id: resourceId });
      const feedback = { feedback_tags: 'useful', feedback_description: CANARIES.feedback };
      await insertRow(orm, 'session_feedback', { session_id: sessionId, ...feedback });
      await insertRow(orm, 'resource_feedback', { resource_id: resourceId, ...feedback });
      await insertRow(orm, 'event_log', {
        user_id: userId,
        event: 'GROUNDING_EXERCISE_STARTED',
        date: '2026-03-02T10:00:00Z',
        metadata: JSON.stringify({ title: 'Box breathing' }),
      });
      await database.orm.em.getConnection().execute(
        `insert into subscription_user (id, user_id, subscription_id, subscription_info)
         select gen_random_uuid(), ?, id, ? from subscription where name = 'whatsapp'`,
        [userId, CANARIES.phone],
      );
    });
    afterAll(() => database?.close());

    it('names no personal column in any view of the reporting schema', async () => {
      const columns = await execute<{ view: string; column: string }>(
        `select c.table_name as view, c.column_name as column
         from information_schema.columns c
        where c.table_schema = 'reporting' order by 1, 2`,
      );
      expect(new Set(columns.map((row) => row.view)).size).toBeGreaterThanOrEqual(8);
      const denied = columns.filter(
        (row) =>
          DENIED.some((pattern) => pattern.test(row.column)) &&
          !ALLOWED.some((allowed) => allowed.view === row.view && allowed.column === row.column),
      );
      expect(denied).toEqual([]);
    });

    it('holds only views in the reporting schema (no table copying personal data)', async () => {
      const relations = await execute<{ kind: string }>(
        `select c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'reporting'`,
      );
      expect(relations.length).toBeGreaterThan(0);
      expect(new Set(relations.map((row) => row.kind))).toEqual(new Set(['v']));
    });

    it('returns none of the personal values written into the tables', async () => {
      const views = await execute<{ name: string }>(
        `select table_name as name from information_schema.views where table_schema = 'reporting'`,
      );
      for (const { name } of views) {
        const rows = await execute<{ row: string }>(
          `select row_to_json(v)::text as row from reporting.${name} v`,
        );
        expect(rows.length, name).toBeGreaterThan(0);
        const text = rows.map((row) => row.row).join('\n');
        for (const [what, value] of Object.entries(CANARIES))
          expect(text, `${name} shows ${what}`).not.toContain(value);
      }
    });
  },
);
