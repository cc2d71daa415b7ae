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
const EMAIL = 'simplybook-inputs-client@example.org';

describe(`POST ${URL} inputs on ${databaseKinds.at(-1)}`, () => {
  let t: TestApplication;
  let scene: { userId: string; accessId: string };
  const post = (body: unknown) => t.app.request(URL, zapierRequest(body));
  const delivery = (overrides: Record<string, unknown> = {}) =>
    aDelivery({ client_email: EMAIL, ...overrides });

  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1), env: { ZAPIER_TOKEN } });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.reset();
    scene = await therapyScene(t.database.orm, { email: EMAIL, remaining: 3, partner: 'Inputs Partner' });
  });

  it('never books a deleted user, even one an admin set active again', async () => {
    await t.database.orm.em
      .getConnection()
      .execute(`update "user" set is_active = true, deleted_at = now() where id = ?`, [scene.userId]);
    for (const body of [delivery(), delivery({ user_id: scene.userId })]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('USER_NOT_FOUND');
    }
    expect(await countRows(t.database.orm, 'therapy_session')).toBe(0);
  });

  it('treats an empty user_id like an absent one', async () => {
    const res = await post(delivery({ user_id: '' }));
    expect(res.status).toBe(201);
    expect((await json(res)).userId).toBe(scene.userId);
    const other = await insertUser(t.database.orm, { email: 'simplybook-inputs-other@example.org' });
    const cancel = await post(delivery({ action: 'CANCELLED_BOOKING', user_id: '' }));
    expect(cancel.status).toBe(201);
    expect((await post(delivery({ action: 'CANCELLED_BOOKING', user_id: other }))).status).toBe(409);
  });

  it('matches a user_id written in upper case to the same user', async () => {
    const booked = await post(delivery({ user_id: scene.userId }));
    expect(booked.status).toBe(201);
    const cancel = await post(delivery({ action: 'CANCELLED_BOOKING', user_id: scene.userId.toUpperCase() }));
    expect(cancel.status).toBe(201);
    expect(await json(cancel)).toMatchObject({ action: 'CANCELLED_BOOKING', userId: scene.userId });
  });

  it('answers 401 before looking at a body carrying a NUL character', async () => {
    const body = JSON.stringify(delivery({ service_name: 'a\u0000' }));
    const anonymous = await t.app.request(URL, zapierRequest(body, null));
    expect([anonymous.status, (await json(anonymous)).message]).toEqual([401, 'UNAUTHORIZED']);
    const signed = await post(body);
    expect([signed.status, (await json(signed)).message]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('accepts every ISO-8601 form with an offset', async () => {
    const forms = [
      ['2026-02-01T09:00:00,5+00:00', '2026-02-01T09:00:00.500Z'],
      ['20260201T090000Z', '2026-02-01T09:00:00.000Z'],
      ['20260201T090000+0000', '2026-02-01T09:00:00.000Z'],
      ['2026-02-01 09:00:00+0000', '2026-02-01T09:00:00.000Z'],
    ];
    for (const [index, [start, expected]] of forms.entries()) {
      const res = await post(
        delivery({
          booking_code: `SB-FORM-${index}`,
          start_date_time: start,
          end_date_time: '20260201T1000Z',
        }),
      );
      expect(res.status, start).toBe(201);
      expect(await json(res)).toMatchObject({
        startDateTime: expected,
        endDateTime: '2026-02-01T10:00:00.000Z',
      });
      // Gives the session back, so every form finds one to book.
      await post(delivery({ booking_code: `SB-FORM-${index}`, action: 'CANCELLED_BOOKING' }));
    }
    for (const start of ['2026-02-01 09:00:00', '20260201T090000', '20260230T090000Z']) {
      const res = await post(delivery({ start_date_time: start }));
      expect(res.status, start).toBe(400);
      expect((await json(res)).issues).toEqual([expect.objectContaining({ path: 'start_date_time' })]);
    }
  });

  it('answers 400 VALIDATION_FAILED naming each over-long field, and takes values that fit', async () => {
    const longEmail = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`;
    const tooLong: Record<string, string> = {
      booking_code: 'x'.repeat(256),
      service_name: 'x'.repeat(256),
      service_provider_name: 'x'.repeat(256),
      service_provider_email: longEmail,
      client_email: longEmail,
      client_timezone: 'x'.repeat(65),
      start_date_time: `2026-02-01T09:00:00.${'0'.repeat(60)}Z`,
    };
    for (const [field, value] of Object.entries(tooLong)) {
      const res = await post(delivery({ [field]: value }));
      expect(res.status, field).toBe(400);
      const body = await json(res);
      expect(body.message).toBe('VALIDATION_FAILED');
      expect(body.issues.map((issue: { path: string }) => issue.path)).toContain(field);
    }
    expect(await countRows(t.database.orm, 'therapy_session')).toBe(0);

    const fits = await post(
      delivery({
        booking_code: ` ${'x'.repeat(255)} `,
        service_name: 'x'.repeat(255),
        service_provider_name: 'x'.repeat(255),
        client_timezone: 'x'.repeat(64),
      }),
    );
    expect(fits.status).toBe(201);
    expect(await accessState(t.database.orm, scene.accessId)).toMatchObject({ remaining: 2, redeemed: 1 });
  });
});
