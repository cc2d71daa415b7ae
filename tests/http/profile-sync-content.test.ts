import { describe, expect, it } from 'vitest';
import { aDelivery, ZAPIER_TOKEN, zapierRequest } from '../builders/therapy-delivery.builder.js';
import {
  bearer,
  insertCourse,
  insertPartner,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertSession,
  signedInUser,
} from '../support/fixtures.js';
import { storedProfile, useProfileSyncApp } from '../support/profile-sync-app.js';
import { databaseKinds } from '../support/test-database.js';
import { json, jsonRequest } from '../support/test-app.js';

// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `crisp-content-${what}-${(accounts += 1)}@example.org`;
// After the database's own now(), which stamps enqueued jobs due: a clock behind it would see none due.
const NOW = new Date('2027-06-01T12:00:00Z');
const AT_NOW = { clock: { now: () => NOW } };

const PEOPLE_DATA_KEYS = [
  'signed_up_at',
  'last_active_at',
  'marketing_permission',
  'service_emails_permission',
  'email_reminders_frequency',
  'partners',
  'feature_live_chat',
  'feature_therapy',
  'therapy_sessions_remaining',
  'therapy_sessions_redeemed',
  'therapy_session_first_at',
  'therapy_session_next_at',
  'therapy_session_last_at',
];

describe(`Crisp profile content through the API on ${databaseKinds.at(-1)}`, () => {
  const { t, crisp, deliverAll, enqueue, sql } = useProfileSyncApp({
    kind: databaseKinds.at(-1),
    env: { ZAPIER_TOKEN },
  });
  const deliver = () => deliverAll({ ...AT_NOW });
  const as = (token: string, method: string, path: string, body?: unknown) =>
    t.app.request(
      path,
      body === undefined ? { method, headers: bearer(token) } : jsonRequest(method, body, bearer(token)),
    );

  it('a public user signing up gets a profile: segment public, live chat, exactly the spec keys', async () => {
    const email = anEmail('public');
    const res = await t.app.request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: 'Ada Public',
        email,
        password: 'correct-horse-battery',
        contactPermission: true,
        signUpLanguage: 'es',
        emailRemindersFrequency: 'ONE_MONTH',
      }),
    );
    expect(res.status).toBe(201);
    const { user } = await json(res);
    await deliver();

    const person = crisp.people.get(email);
    expect(person).toMatchObject({
      person: { nickname: 'Ada Public', locales: ['es'] },
      segments: ['public'],
    });
    expect(Object.keys(person?.data ?? {}).sort()).toEqual([...PEOPLE_DATA_KEYS].sort());
    expect(person?.data).toEqual({
      signed_up_at: user.createdAt,
      last_active_at: user.lastActiveAt,
      marketing_permission: true,
      service_emails_permission: true,
      email_reminders_frequency: 'ONE_MONTH',
      partners: '',
      feature_live_chat: true,
      feature_therapy: false,
      therapy_sessions_remaining: 0,
      therapy_sessions_redeemed: 0,
      therapy_session_first_at: '',
      therapy_session_next_at: '',
      therapy_session_last_at: '',
    });
    expect(await sql('select status from profile_sync_job')).toEqual([{ status: 'delivered' }]);
  });

  it('a partner user with live chat gets the partner segment; one without live chat gets no profile', async () => {
    const partnerId = await insertPartner(t.database.orm, { name: 'Bumble' });
    await insertPartnerAccess(t.database.orm, { partner_id: partnerId, access_code: 'CHAT01' });
    await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      access_code: 'NOCHAT',
      feature_live_chat: false,
    });
    const chatty = await signedInUser(t.database.orm, anEmail('partner-chat'));
    const quiet = await signedInUser(t.database.orm, anEmail('partner-quiet'));
    expect(
      (await as(chatty.token, 'POST', '/api/v1/partner-access/assign', { partnerAccessCode: 'CHAT01' }))
        .status,
    ).toBe(201);
    expect(
      (await as(quiet.token, 'POST', '/api/v1/partner-access/assign', { partnerAccessCode: 'NOCHAT' }))
        .status,
    ).toBe(201);
    await deliver();

    expect(crisp.people.get(chatty.email)).toMatchObject({
      segments: ['bumble'],
      data: { partners: 'bumble', feature_live_chat: true, feature_therapy: false },
    });
    expect(crisp.people.has(quiet.email)).toBe(false);
    expect(crisp.requests.filter((request) => JSON.stringify(request).includes('partner-quiet'))).toEqual([]);
    expect(await sql(`select count(*)::int as n from profile_sync_job where status = 'delivered'`)).toEqual([
      { n: 2 },
    ]);
  });

  it('a partner-admin-only account gets no profile', async () => {
    const partnerId = await insertPartner(t.database.orm, { name: 'Badoo' });
    const admin = await signedInUser(t.database.orm, anEmail('admin'));
    await insertPartnerAdmin(t.database.orm, { user_id: admin.userId, partner_id: partnerId });
    await enqueue(admin.userId);
    await deliver();

    expect(crisp.requests).toEqual([]);
    expect(await sql('select status from profile_sync_job')).toEqual([{ status: 'delivered' }]);
  });

  it('therapy: counters over active accesses and first, next and last non-cancelled sessions', async () => {
    const member = await signedInUser(t.database.orm, anEmail('therapy'));
    const partnerId = await insertPartner(t.database.orm, { name: 'Therapy Partner' });
    await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      user_id: member.userId,
      feature_therapy: true,
      therapy_sessions_remaining: 4,
      activated_at: new Date('2026-01-01T00:00:00Z'),
    });
    const book = (code: string, start: string, action = 'NEW_BOOKING') =>
      t.app.request(
        '/api/webhooks/simplybook',
        zapierRequest(
          aDelivery({
            action,
            client_email: member.email,
            booking_code: code,
            start_date_time: start,
            end_date_time: new Date(new Date(start).getTime() + 3_600_000).toISOString(),
          }),
        ),
      );
    for (const [code, start] of [
      ['SB-PAST', '2027-05-20T09:00:00Z'],
      ['SB-NEXT', '2027-06-10T09:00:00Z'],
      ['SB-LATER', '2027-06-24T09:00:00Z'],
      ['SB-GONE', '2027-05-01T09:00:00Z'],
    ] as const)
      expect((await book(code, start)).status).toBe(201);
    expect((await book('SB-GONE', '2027-05-01T09:00:00Z', 'CANCELLED_BOOKING')).status).toBe(201);
    await deliver();

    expect(crisp.people.get(member.email)?.data).toMatchObject({
      partners: 'therapy partner',
      feature_therapy: true,
      therapy_sessions_remaining: 1,
      therapy_sessions_redeemed: 3,
      therapy_session_first_at: '2027-05-20T09:00:00.000Z',
      therapy_session_next_at: '2027-06-10T09:00:00.000Z',
      therapy_session_last_at: '2027-05-20T09:00:00.000Z',
    });
  });

  it('course progress by acronym after sessions are started and completed', async () => {
    const member = await signedInUser(t.database.orm, anEmail('courses'));
    const courseId = await insertCourse(t.database.orm, {
      name: 'Healing from sexual trauma',
      storyblok_id: 1001,
    });
    await insertSession(t.database.orm, {
      name: 'What is sexual trauma?',
      course_id: courseId,
      storyblok_id: 2001,
    });
    await insertSession(t.database.orm, {
      name: 'The body and trauma',
      course_id: courseId,
      storyblok_id: 2002,
    });
    expect(
      (await as(member.token, 'POST', '/api/v1/session-user/complete', { storyblokId: 2001 })).status,
    ).toBe(201);
    expect((await as(member.token, 'POST', '/api/v1/session-user', { storyblokId: 2002 })).status).toBe(201);
    await deliver();

    expect(crisp.people.get(member.email)?.data).toMatchObject({
      course_hst: 'Started',
      course_hst_sessions: 'WIST:C; BT:S',
    });
  });

  it('an email change renames the profile; deletion sends the last update to the last email', async () => {
    const member = await signedInUser(t.database.orm, anEmail('moving'));
    await enqueue(member.userId);
    await deliver();
    expect(crisp.people.has(member.email)).toBe(true);

    const newEmail = anEmail('moved');
    expect((await as(member.token, 'PATCH', '/api/v1/user', { email: newEmail })).status).toBe(200);
    await deliver();
    expect([...crisp.people.keys()]).toEqual([newEmail]);
    expect(crisp.people.get(newEmail)?.data).toMatchObject({ feature_live_chat: true });

    expect((await as(member.token, 'DELETE', '/api/v1/user')).status).toBe(200);
    await deliver();
    const [row] = await sql(`select deleted_at from "user" where id = ?`, [member.userId]);
    const person = crisp.people.get(newEmail);
    expect(person?.person.nickname).toBe('Deleted user');
    expect(person?.data.deleted_at).toBe(new Date(row.deleted_at).toISOString());
    expect(crisp.requests.slice(-2).map((request) => request.body)).toEqual([
      { person: { nickname: 'Deleted user' } },
      { data: { deleted_at: person?.data.deleted_at } },
    ]);
    expect(await sql('select * from chat_profile_address')).toEqual([]);
    expect(storedProfile(crisp, newEmail)?.email).toBe(newEmail);
  });

  it('a profile created before its people data failed still gets the deletion update', async () => {
    const member = await signedInUser(t.database.orm, anEmail('half'));
    await enqueue(member.userId);
    crisp.failWith(500, /\/people\/data\//);
    await deliver();
    expect(crisp.people.get(member.email)?.data).toEqual({});

    expect((await as(member.token, 'DELETE', '/api/v1/user')).status).toBe(200);
    crisp.recover();
    await deliverAll({ clock: { now: () => new Date(NOW.getTime() + 3_600_000) } });
    expect(crisp.people.get(member.email)).toMatchObject({
      person: { nickname: 'Deleted user' },
      data: { deleted_at: expect.stringMatching(/Z$/) },
    });
  });
});
