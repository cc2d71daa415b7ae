import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportScene, reportSceneOverride, SceneClock } from '../builders/report-scene.builder.js';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const URL = '/api/v1/reports/summary';
const noNotes = {
  resources: [],
  feedback: [],
  events: { LOGGED_IN: 0, LOGGED_OUT: 0, GROUNDING_EXERCISE_STARTED: 0 },
  whatsapp: { subscribed: 0, cancelled: 0 },
};
const noNotesCsv = [
  'events,LOGGED_IN,0',
  'events,LOGGED_OUT,0',
  'events,GROUNDING_EXERCISE_STARTED,0',
  'whatsapp.subscribed,,0',
  'whatsapp.cancelled,,0',
];
const MARCH = 'from=2026-03-01&to=2026-04-01';

/** The counts of tests/builders/report-scene.builder.ts in March 2026, worked out by hand. */
const everyone = {
  from: '2026-03-01T00:00:00.000Z',
  to: '2026-04-01T00:00:00.000Z',
  partner: null,
  users: { new: { PUBLIC_USER: 3, PARTNER_USER_WITH_CODE: 2, PARTNER_USER_WITHOUT_CODE: 1 }, active: 6 },
  partnerAccesses: [
    { partner: 'Badoo', created: 2, activated: 2 },
    { partner: 'Bumble', created: 2, activated: 2 },
  ],
  courses: [
    { course: 'Healing from trauma', started: 2, completed: 1 },
    { course: 'Recovering', started: 1, completed: 1 },
  ],
  sessionsCompleted: 5,
  therapy: [
    { partner: 'Badoo', booked: 1, cancelled: 0, completed: 0 },
    { partner: 'Bumble', booked: 3, cancelled: 1, completed: 1 },
  ],
  // SPEC 13.9's keys: this scene has none of their rows (tests/http/reports-summary-notes.test.ts has).
  ...noNotes,
};
const everyoneCsv = [
  'metric,dimension,value',
  'users.new,PUBLIC_USER,3',
  'users.new,PARTNER_USER_WITH_CODE,2',
  'users.new,PARTNER_USER_WITHOUT_CODE,1',
  'users.active,,6',
  'partnerAccesses.created,Badoo,2',
  'partnerAccesses.activated,Badoo,2',
  'partnerAccesses.created,Bumble,2',
  'partnerAccesses.activated,Bumble,2',
  'courses.started,Healing from trauma,2',
  'courses.completed,Healing from trauma,1',
  'courses.started,Recovering,1',
  'courses.completed,Recovering,1',
  'sessionsCompleted,,5',
  'therapy.booked,Badoo,1',
  'therapy.cancelled,Badoo,0',
  'therapy.completed,Badoo,0',
  'therapy.booked,Bumble,3',
  'therapy.cancelled,Bumble,1',
  'therapy.completed,Bumble,1',
  ...noNotesCsv,
];
const bumble = {
  ...everyone,
  partner: 'Bumble',
  feedback: null,
  users: { new: { PUBLIC_USER: 1, PARTNER_USER_WITH_CODE: 1, PARTNER_USER_WITHOUT_CODE: 0 }, active: 1 },
  partnerAccesses: [{ partner: 'Bumble', created: 2, activated: 2 }],
  courses: [{ course: 'Healing from trauma', started: 2, completed: 0 }],
  sessionsCompleted: 2,
  therapy: [{ partner: 'Bumble', booked: 3, cancelled: 1, completed: 1 }],
};
const bumbleCsv = [
  'metric,dimension,value',
  'users.new,PUBLIC_USER,1',
  'users.new,PARTNER_USER_WITH_CODE,1',
  'users.new,PARTNER_USER_WITHOUT_CODE,0',
  'users.active,,1',
  'partnerAccesses.created,Bumble,2',
  'partnerAccesses.activated,Bumble,2',
  'courses.started,Healing from trauma,2',
  'courses.completed,Healing from trauma,0',
  'sessionsCompleted,,2',
  'therapy.booked,Bumble,3',
  'therapy.cancelled,Bumble,1',
  'therapy.completed,Bumble,1',
  ...noNotesCsv,
];
const badoo = {
  ...everyone,
  partner: 'Badoo',
  feedback: null,
  users: { new: { PUBLIC_USER: 0, PARTNER_USER_WITH_CODE: 1, PARTNER_USER_WITHOUT_CODE: 1 }, active: 2 },
  partnerAccesses: [{ partner: 'Badoo', created: 2, activated: 2 }],
  courses: [],
  sessionsCompleted: 0,
  therapy: [{ partner: 'Badoo', booked: 1, cancelled: 0, completed: 0 }],
};
const badooCsv = [
  'metric,dimension,value',
  'users.new,PUBLIC_USER,0',
  'users.new,PARTNER_USER_WITH_CODE,1',
  'users.new,PARTNER_USER_WITHOUT_CODE,1',
  'users.active,,2',
  'partnerAccesses.created,Badoo,2',
  'partnerAccesses.activated,Badoo,2',
  'sessionsCompleted,,0',
  'therapy.booked,Badoo,1',
  'therapy.cancelled,Badoo,0',
  'therapy.completed,Badoo,0',
  ...noNotesCsv,
];
/** One millisecond later at both ends: pub2's rows leave the window, every row stamped 04-01T00:00Z enters it. */
const shifted = {
  ...everyone,
  from: '2026-03-01T00:00:00.001Z',
  to: '2026-04-01T00:00:00.001Z',
  users: { new: { PUBLIC_USER: 3, PARTNER_USER_WITH_CODE: 2, PARTNER_USER_WITHOUT_CODE: 1 }, active: 6 },
  courses: [
    { course: 'Healing from trauma', started: 1, completed: 1 },
    { course: 'Recovering', started: 2, completed: 2 },
  ],
  sessionsCompleted: 5,
  therapy: [
    { partner: 'Badoo', booked: 1, cancelled: 1, completed: 0 },
    { partner: 'Bumble', booked: 3, cancelled: 1, completed: 1 },
  ],
};

for (const kind of databaseKinds) {
  describe(`GET ${URL} over known data on ${kind}`, () => {
    const clock = new SceneClock();
    let t: TestApplication;
    let superAdmin: SignedInUser;
    let member: SignedInUser;
    const get = (query: string, user: SignedInUser | null = superAdmin, accept?: string) =>
      t.app.request(`${URL}?${query}`, {
        headers: { ...(user ? bearer(user.token) : {}), ...(accept ? { accept } : {}) },
      });
    const csvLines = async (res: Response) => {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await res.text();
      expect(text.endsWith('\r\n')).toBe(true);
      return text.slice(0, -2).split('\r\n');
    };

    beforeAll(async () => {
      t = await createTestApplication({ kind, override: reportSceneOverride(clock) });
      await buildReportScene(t, clock);
      superAdmin = await signedInUser(t.database.orm, `reports-super-${kind}@example.com`, {
        is_super_admin: true,
      });
      member = await signedInUser(t.database.orm, `reports-member-${kind}@example.com`);
    });
    afterAll(() => t.close());

    it('counts every metric of the window for everyone, in JSON and in CSV', async () => {
      const res = await get(MARCH);
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual(everyone);
      expect(await csvLines(await get(MARCH, superAdmin, 'text/csv'))).toEqual(everyoneCsv);
    });

    it('narrows every count to one partner, named in any case', async () => {
      expect(await json(await get(`${MARCH}&partner=bUMBLE`))).toEqual(bumble);
      expect(await csvLines(await get(`${MARCH}&partner=bumble`, superAdmin, 'text/csv'))).toEqual(bumbleCsv);
      expect(await json(await get(`${MARCH}&partner=BADOO`))).toEqual(badoo);
      expect(await csvLines(await get(`${MARCH}&partner=Badoo`, superAdmin, 'text/csv'))).toEqual(badooCsv);
    });

    it('includes `from` and excludes `to`, to the millisecond', async () => {
      const query = 'from=2026-03-01T00:00:00.001Z&to=2026-04-01T00:00:00.001Z';
      expect(await json(await get(query))).toEqual(shifted);
    });

    it('reads dates with offsets, +0000 without a colon included, as the same instants', async () => {
      const query = `from=${encodeURIComponent('2026-03-01T01:00:00+0100')}&to=${encodeURIComponent('2026-03-31T19:00:00-05:00')}`;
      expect(await json(await get(query))).toEqual(everyone);
      const utc = `from=${encodeURIComponent('2026-03-01T00:00:00+0000')}&to=2026-04-01`;
      expect(await json(await get(utc))).toEqual(everyone);
    });

    it('answers JSON unless CSV is preferred', async () => {
      for (const accept of ['*/*', 'application/json', 'application/json, text/csv;q=0.5', 'text/html']) {
        const res = await get(MARCH, superAdmin, accept);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      }
      expect(await csvLines(await get(MARCH, superAdmin, 'text/csv;q=0.9, application/json;q=0.1'))).toEqual(
        everyoneCsv,
      );
    });

    it('answers zeros and empty lists for a window with no activity', async () => {
      const res = await json(await get('from=2020-01-01&to=2020-02-01'));
      expect(res).toEqual({
        from: '2020-01-01T00:00:00.000Z',
        to: '2020-02-01T00:00:00.000Z',
        partner: null,
        users: {
          new: { PUBLIC_USER: 0, PARTNER_USER_WITH_CODE: 0, PARTNER_USER_WITHOUT_CODE: 0 },
          active: 0,
        },
        partnerAccesses: [],
        courses: [],
        sessionsCompleted: 0,
        therapy: [],
        ...noNotes,
      });
    });

    it('answers 404 PARTNER_NOT_FOUND for a partner name that does not exist', async () => {
      const res = await get(`${MARCH}&partner=Bumbl`);
      expect(res.status).toBe(404);
      expect((await json(res)).message).toBe('PARTNER_NOT_FOUND');
    });

    it('answers 400 VALIDATION_FAILED for bad dates, an empty or reversed window, and over five years', async () => {
      for (const query of [
        'to=2026-04-01',
        'from=2026-03-01',
        'from=2026-02-30&to=2026-04-01',
        'from=yesterday&to=2026-04-01',
        'from=2026-03-01T00:00:00&to=2026-04-01',
        'from=2026-03-01&to=2026-03-01',
        'from=2026-04-01&to=2026-03-01',
        'from=2021-03-01&to=2026-03-01T00:00:00.001Z',
        `${MARCH}&partner=`,
      ]) {
        const res = await get(query);
        expect(res.status, query).toBe(400);
        const body = await json(res);
        expect(body.message).toBe('VALIDATION_FAILED');
        expect(body.issues.length, query).toBeGreaterThan(0);
      }
      expect((await get('from=2021-03-01&to=2026-03-01')).status).toBe(200);
    });

    it('is for super admins only', async () => {
      expect((await get(MARCH, null)).status).toBe(401);
      const res = await get(MARCH, member);
      expect(res.status).toBe(403);
      expect((await json(res)).message).toBe('FORBIDDEN');
    });
  });
}
