import { afterAll, beforeAll, beforeEach } from 'vitest';
import { aDelivery, ZAPIER_TOKEN, zapierRequest } from '../builders/therapy-delivery.builder.js';
import { FakeSimplybook } from './fake-simplybook.js';
import { insertPartner, insertPartnerAccess, signedInUser, type SignedInUser } from './fixtures.js';
import type { DatabaseKind } from './test-database.js';
import { createTestApplication, json, lateBound, type TestApplication } from './test-app.js';

const HOUR = 3_600_000;

/** An ISO time `hours` from now (negative: in the past). */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/**
 * Registers hooks for a suite that drives the real app against a fake Simplybook admin API
 * (SIMPLYBOOK_* pointing at it, the Zapier webhook enabled): both started before its tests,
 * stopped after them, and reset before each test. `t` and `simplybook` forward to them.
 */
export function useSimplybookApp(options: { kind?: DatabaseKind } = {}) {
  const app = lateBound<TestApplication>('the test application');
  const fake = lateBound<FakeSimplybook>('the fake Simplybook');

  beforeAll(async () => {
    const started = await FakeSimplybook.start();
    fake.set(started);
    app.set(await createTestApplication({ kind: options.kind, env: { ZAPIER_TOKEN, ...started.env() } }));
  });
  afterAll(async () => {
    await app.get().close();
    await fake.get().stop();
  });
  beforeEach(async () => {
    await app.get().database.reset();
    fake.get().reset();
  });
  return { t: app.proxy, simplybook: fake.proxy };
}

/** A signed-in user holding one therapy access of a new partner. */
export async function therapyClient(
  t: TestApplication,
  email: string,
  remaining = 3,
): Promise<SignedInUser & { accessId: string }> {
  const user = await signedInUser(t.database.orm, email);
  const partnerId = await insertPartner(t.database.orm, { name: `Partner of ${email}` });
  const accessId = await insertPartnerAccess(t.database.orm, {
    partner_id: partnerId,
    user_id: user.userId,
    feature_therapy: true,
    therapy_sessions_remaining: remaining,
    activated_at: new Date('2026-01-01T00:00:00.000Z'),
  });
  return { ...user, accessId };
}

/**
 * A booking recorded the way production gets them (Zapier's NEW_BOOKING delivery) and known to
 * the fake Simplybook under `simplybookId`. Answers Bloom's id of the booking.
 */
export async function book(
  t: TestApplication,
  simplybook: FakeSimplybook,
  booking: { email: string; code: string; simplybookId: number; startInHours?: number },
): Promise<string> {
  const start = booking.startInHours ?? 48;
  const res = await t.app.request(
    '/api/webhooks/simplybook',
    zapierRequest(
      aDelivery({
        client_email: booking.email,
        booking_code: booking.code,
        start_date_time: hoursFromNow(start),
        end_date_time: hoursFromNow(start + 1),
      }),
    ),
  );
  const body = await json(res);
  if (res.status !== 201) throw new Error(`booking ${booking.code} answered ${res.status} ${body.message}`);
  simplybook.putBooking({ id: booking.simplybookId, code: booking.code, client: booking.email });
  return body.id as string;
}

/** Simplybook's own CANCELLED_BOOKING notification, as Zapier forwards it. */
export function cancelledDelivery(t: TestApplication, email: string, code: string) {
  return t.app.request(
    '/api/webhooks/simplybook',
    zapierRequest(aDelivery({ action: 'CANCELLED_BOOKING', client_email: email, booking_code: code })),
  );
}
