import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessState,
  aDelivery,
  countRows,
  therapyScene,
  ZAPIER_TOKEN,
  zapierRequest,
} from '../builders/therapy-delivery.builder.js';
import { insertUser } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const URL = '/api/webhooks/simplybook';
const EMAIL = 'simplybook-webhook-client@example.org';

describe(`POST ${URL} on ${databaseKinds.at(-1)}`, () => {
  let t: TestApplication;
  let scene: { userId: string; accessId: string };
  const post = (body: unknown, authorization?: string | null) =>
    t.app.request(URL, zapierRequest(body, authorization));
  const delivery = (overrides: Record<string, unknown> = {}) =>
    aDelivery({ client_email: EMAIL, ...overrides });
  const nothingWritten = async () => {
    expect(await countRows(t.database.orm, 'therapy_session')).toBe(0);
    expect(await countRows(t.database.orm, 'profile_sync_job')).toBe(0);
    expect(await accessState(t.database.orm, scene.accessId)).toMatchObject({ remaining: 3, redeemed: 0 });
  };

  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1), env: { ZAPIER_TOKEN } });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    scene = await therapyScene(t.database.orm, { email: EMAIL, remaining: 3, partner: 'Simplybook Partner' });
  });

  it('answers 401 UNAUTHORIZED for a wrong, missing, bearer or base64 token, writing nothing', async () => {
    for (const authorization of [
      'Basic wrong-token',
      null,
      `Bearer ${ZAPIER_TOKEN}`,
      `Basic ${Buffer.from(`${ZAPIER_TOKEN}:`).toString('base64')}`,
    ]) {
      const res = await post(delivery(), authorization);
      expect(res.status).toBe(401);
      expect(await json(res)).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'UNAUTHORIZED' });
    }
    // Checked before the body: a malformed body without the token is still a 401.
    expect((await post('{not json', null)).status).toBe(401);
    await nothingWritten();
  });

  it('answers 400 VALIDATION_FAILED for malformed bodies, writing nothing', async () => {
    const bodies: unknown[] = [
      '{not json',
      {},
      delivery({ action: 'DELETED_BOOKING' }),
      delivery({ client_email: 'not-an-email' }),
      delivery({ user_id: 'not-a-uuid' }),
      delivery({ booking_code: '' }),
      delivery({ booking_code: 'x'.repeat(256) }),
      delivery({ service_name: 42 }),
      delivery({ start_date_time: '2026-02-01T09:00:00' }),
      delivery({ start_date_time: '2026-02-30T09:00:00Z' }),
      delivery({ end_date_time: '2026-02-01T09:00:00+0000' }),
      delivery({ end_date_time: '2026-02-01T08:00:00Z' }),
    ];
    for (const body of bodies) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const answer = await json(res);
      expect(answer.message).toBe('VALIDATION_FAILED');
      expect(answer.issues.length).toBeGreaterThan(0);
    }
    await nothingWritten();
  });

  it('records a new booking, debits the access, enqueues the sync and ignores unknown properties', async () => {
    const res = await post(
      delivery({
        client_email: `  ${EMAIL.toUpperCase()} `,
        id: 'c1000000-0000-4000-8000-000000000009',
        partner_access_id: 'x',
      }),
    );
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      action: 'NEW_BOOKING',
      bookingCode: 'SB-0001',
      clientTimezone: 'Europe/London',
      serviceName: 'Therapy session',
      serviceProviderName: 'Therapist One',
      serviceProviderEmail: 'therapist@example.org',
      startDateTime: '2026-02-01T09:00:00.000Z',
      endDateTime: '2026-02-01T10:00:00.000Z',
      cancelledAt: null,
      rescheduledFrom: null,
      completedAt: null,
      partnerAccessId: scene.accessId,
      userId: scene.userId,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    expect(body.id).not.toBe('c1000000-0000-4000-8000-000000000009');
    expect(await accessState(t.database.orm, scene.accessId)).toEqual({
      remaining: 2,
      redeemed: 1,
      activeBookings: 1,
      bookings: 1,
    });
    expect(await countRows(t.database.orm, 'profile_sync_job')).toBe(1);

    const replay = await post(delivery());
    expect(replay.status).toBe(201);
    expect((await json(replay)).id).toBe(body.id);
    expect(await accessState(t.database.orm, scene.accessId)).toMatchObject({
      remaining: 2,
      redeemed: 1,
      bookings: 1,
    });
  });

  it('reschedules, completes and cancels; a repeated cancel credits once', async () => {
    await post(delivery());
    const moved = await post(
      delivery({
        action: 'UPDATED_BOOKING',
        start_date_time: '2026-02-03T10:00:00+01:00',
        end_date_time: '2026-02-03T11:00:00+01:00',
      }),
    );
    expect(moved.status).toBe(201);
    expect(await json(moved)).toMatchObject({
      action: 'UPDATED_BOOKING',
      rescheduledFrom: '2026-02-01T09:00:00.000Z',
      startDateTime: '2026-02-03T09:00:00.000Z',
      endDateTime: '2026-02-03T10:00:00.000Z',
    });
    const completed = await post(delivery({ action: 'COMPLETED_BOOKING' }));
    expect(await json(completed)).toMatchObject({
      action: 'COMPLETED_BOOKING',
      completedAt: '2026-02-03T10:00:00.000Z',
    });

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const cancelled = await post(delivery({ action: 'CANCELLED_BOOKING' }));
      expect(cancelled.status).toBe(201);
      expect((await json(cancelled)).cancelledAt).toMatch(/Z$/);
    }
    expect(await accessState(t.database.orm, scene.accessId)).toEqual({
      remaining: 3,
      redeemed: 0,
      activeBookings: 0,
      bookings: 1,
    });
    for (const action of ['UPDATED_BOOKING', 'COMPLETED_BOOKING']) {
      const refused = await post(delivery({ action }));
      expect(refused.status).toBe(409);
      expect((await json(refused)).message).toBe('BOOKING_CANCELLED');
    }
  });

  it('answers the error codes of SPEC section 9 with their statuses', async () => {
    const other = await insertUser(t.database.orm, { email: 'simplybook-webhook-other@example.org' });
    const expectError = async (body: unknown, status: number, message: string) => {
      const res = await post(body);
      expect(res.status, message).toBe(status);
      expect(await json(res)).toMatchObject({ statusCode: status, message });
    };
    await expectError(
      delivery({ client_email: 'simplybook-webhook-nobody@example.org' }),
      400,
      'USER_NOT_FOUND',
    );
    await expectError(delivery({ user_id: 'a1000000-0000-4000-8000-00000000ffff' }), 400, 'USER_NOT_FOUND');
    await expectError(delivery({ user_id: other }), 403, 'NO_THERAPY_ACCESS');
    await expectError(delivery({ action: 'CANCELLED_BOOKING' }), 404, 'BOOKING_NOT_FOUND');
    await expectError(delivery({ action: 'UPDATED_BOOKING' }), 404, 'BOOKING_NOT_FOUND');
    await expectError(delivery({ action: 'COMPLETED_BOOKING' }), 404, 'BOOKING_NOT_FOUND');
    await nothingWritten();

    await post(delivery());
    for (const action of ['NEW_BOOKING', 'CANCELLED_BOOKING', 'UPDATED_BOOKING', 'COMPLETED_BOOKING']) {
      await expectError(delivery({ action, user_id: other }), 409, 'BOOKING_USER_MISMATCH');
    }
    expect(await accessState(t.database.orm, scene.accessId)).toMatchObject({ remaining: 2, redeemed: 1 });
  });
});

describe(`POST ${URL} without ZAPIER_TOKEN`, () => {
  let t: TestApplication;

  beforeAll(async () => {
    t = await createTestApplication({ kind: 'pglite' });
  });
  afterAll(() => t.close());

  it('answers 401 to everything', async () => {
    for (const authorization of ['Basic ', 'Basic undefined', `Basic ${ZAPIER_TOKEN}`, null]) {
      const res = await t.app.request(URL, zapierRequest(aDelivery(), authorization));
      expect(res.status).toBe(401);
      expect((await json(res)).message).toBe('UNAUTHORIZED');
    }
    expect(await countRows(t.database.orm, 'therapy_session')).toBe(0);
  });
  it('is documented in the OpenAPI document with its Basic token scheme', async () => {
    const doc = await json(await t.app.request('/api/openapi.json'));
    const operation = doc.paths[URL].post;
    expect(operation.security).toEqual([{ zapierToken: [] }]);
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409']),
    );
    expect(doc.components.securitySchemes.zapierToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
  });
});
