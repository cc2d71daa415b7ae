import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDelivery, ZAPIER_TOKEN, zapierRequest } from '../builders/therapy-delivery.builder.js';
import { bearer, insertPartner, insertPartnerAccess, signedInUser } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { createTestApplication, json, type TestApplication } from '../support/test-app.js';

const EMAIL = 'therapy-in-profile-client@example.org';

describe(`therapy sessions in GET /me on ${databaseKinds.at(-1)}`, () => {
  let t: TestApplication;
  let token: string;
  let accessId: string;
  const me = async () => {
    const res = await t.app.request('/api/v1/user/me', { headers: bearer(token) });
    expect(res.status).toBe(200);
    return json(res);
  };

  beforeAll(async () => {
    t = await createTestApplication({ kind: databaseKinds.at(-1), env: { ZAPIER_TOKEN } });
    const user = await signedInUser(t.database.orm, EMAIL);
    token = user.token;
    const partnerId = await insertPartner(t.database.orm, { name: 'Therapy Profile Partner' });
    accessId = await insertPartnerAccess(t.database.orm, {
      partner_id: partnerId,
      user_id: user.userId,
      feature_therapy: true,
      therapy_sessions_remaining: 2,
      activated_at: new Date('2026-01-01T00:00:00.000Z'),
    });
  });
  afterAll(() => t.close());

  it('shows a booking under the access it was charged to, then its cancellation', async () => {
    const booked = await t.app.request(
      '/api/webhooks/simplybook',
      zapierRequest(aDelivery({ client_email: EMAIL })),
    );
    expect(booked.status).toBe(201);
    const bookingId = (await json(booked)).id;

    const [access] = (await me()).partnerAccesses;
    expect(access).toMatchObject({ id: accessId, therapySessionsRemaining: 1, therapySessionsRedeemed: 1 });
    expect(access.therapySessions).toEqual([
      {
        id: bookingId,
        action: 'NEW_BOOKING',
        clientTimezone: 'Europe/London',
        serviceName: 'Therapy session',
        serviceProviderName: 'Therapist One',
        serviceProviderEmail: 'therapist@example.org',
        startDateTime: '2026-02-01T09:00:00.000Z',
        endDateTime: '2026-02-01T10:00:00.000Z',
        cancelledAt: null,
        rescheduledFrom: null,
        completedAt: null,
      },
    ]);

    const cancel = aDelivery({ client_email: EMAIL, action: 'CANCELLED_BOOKING' });
    expect((await t.app.request('/api/webhooks/simplybook', zapierRequest(cancel))).status).toBe(201);
    const [after] = (await me()).partnerAccesses;
    expect(after).toMatchObject({ therapySessionsRemaining: 2, therapySessionsRedeemed: 0 });
    expect(after.therapySessions[0]).toMatchObject({
      action: 'CANCELLED_BOOKING',
      cancelledAt: expect.stringMatching(/Z$/),
    });
  });
});
