import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SimplybookRestClient } from '../../../src/adapters/simplybook/simplybook-rest-client.js';
import type { SimplybookSettings } from '../../../src/adapters/simplybook/simplybook-settings.js';
import {
  SimplybookBookingNotFound,
  SimplybookUnavailable,
} from '../../../src/domain/therapy/therapy-errors.js';
import {
  FAKE_COMPANY,
  FAKE_LOGIN,
  FAKE_PASSWORD,
  FAKE_TOTP_SECRET,
  FakeSimplybook,
} from '../../support/fake-simplybook.js';

const CLIENT = 'Robin Client robin@example.org';

/** SimplybookRestClient against a loopback fake of the admin API (SPEC 12.3). */
describe('SimplybookRestClient', () => {
  let fake: FakeSimplybook;
  let clock: number;
  const client = (overrides: Partial<SimplybookSettings> = {}) =>
    new SimplybookRestClient({
      apiUrl: `${fake.url}/`,
      company: FAKE_COMPANY,
      login: FAKE_LOGIN,
      password: FAKE_PASSWORD,
      totpSecret: null,
      now: () => clock,
      ...overrides,
    });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SimplybookUnavailable);
    // Never a body (client names, emails) in what Bloom could log.
    expect((error as Error).message).not.toContain('Robin');
    return error as Error;
  };

  beforeAll(async () => {
    fake = await FakeSimplybook.start();
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    clock = Date.UTC(2026, 0, 20, 12);
    fake.putBooking({ id: 10, code: 'SB-10', client: CLIENT });
    fake.putBooking({ id: 1, code: 'SB-1', client: CLIENT });
  });

  it('logs in, then finds the booking whose code matches exactly and cancels it, with the headers', async () => {
    const simplybook = client();
    expect(await simplybook.findBookingId('SB-1')).toBe(1);
    await simplybook.cancelBooking(1);
    expect(fake.cancelled).toEqual([1]);
    expect(fake.logins).toBe(1);
    const [login, search, cancel] = fake.requests;
    expect(login).toMatchObject({
      method: 'POST',
      url: '/admin/auth',
      body: { company: FAKE_COMPANY, login: FAKE_LOGIN, password: FAKE_PASSWORD },
    });
    expect(search).toMatchObject({ method: 'GET', url: '/admin/bookings?filter[search]=SB-1' });
    expect(cancel).toMatchObject({ method: 'DELETE', url: '/admin/bookings/1' });
    for (const call of [search, cancel]) {
      expect(call?.headers).toMatchObject({
        'x-company-login': FAKE_COMPANY,
        'content-type': 'application/json',
      });
      expect(call?.headers['x-token']).toEqual(expect.any(String));
    }
  });

  it('answers SIMPLYBOOK_BOOKING_NOT_FOUND when no code matches exactly (a loose hit is not the booking)', async () => {
    fake.bookings.delete(1);
    await expect(client().findBookingId('SB-1')).rejects.toBeInstanceOf(SimplybookBookingNotFound);
  });

  it('passes the TOTP second factor when Simplybook asks for it', async () => {
    fake.twoFactor = true;
    expect(await client({ totpSecret: FAKE_TOTP_SECRET }).findBookingId('SB-10')).toBe(10);
    expect(fake.requests.map((r) => r.url)).toEqual([
      '/admin/auth',
      '/admin/auth/2fa',
      '/admin/bookings?filter[search]=SB-10',
    ]);
    expect(fake.requests[1]?.body).toMatchObject({
      company: FAKE_COMPANY,
      type: 'ga',
      code: expect.stringMatching(/^\d{6}$/),
    });
    fake.reset();
    fake.twoFactor = true;
    await failure(client().findBookingId('SB-10'));
    await failure(client({ totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }).findBookingId('SB-10'));
  });

  it('shares one login among concurrent callers and reuses the token for 55 minutes', async () => {
    const simplybook = client();
    const ids = await Promise.all(Array.from({ length: 5 }, () => simplybook.findBookingId('SB-10')));
    expect(ids).toEqual([10, 10, 10, 10, 10]);
    expect(fake.logins).toBe(1);
    clock += 55 * 60_000 - 1;
    await simplybook.findBookingId('SB-10');
    expect(fake.logins).toBe(1);
    clock += 1;
    await simplybook.findBookingId('SB-10');
    expect(fake.logins).toBe(2);
  });

  it('logs in again once after a 401 and retries, but never loops on a second 401', async () => {
    const simplybook = client();
    await simplybook.findBookingId('SB-10');
    fake.expireTokens();
    expect(await simplybook.findBookingId('SB-10')).toBe(10);
    expect(fake.logins).toBe(2);

    fake.failOn(/^DELETE /, 401);
    await failure(simplybook.cancelBooking(10));
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    expect(fake.logins).toBe(3);
    expect(fake.cancelled).toEqual([]);
  });

  it('answers SIMPLYBOOK_UNAVAILABLE for refused logins, errors, odd bodies and unknown ids, never quoting them', async () => {
    await failure(client({ password: 'wrong' }).findBookingId('SB-10'));
    const body = JSON.stringify({ message: `No such thing for ${CLIENT}` });
    const cases: [RegExp, number, string][] = [
      [/^GET /, 500, body],
      [/^GET /, 200, `not json ${CLIENT}`],
      [/^GET /, 200, JSON.stringify({ items: [{ id: 1, code: 'SB-1', client: CLIENT }] })],
      [/^GET /, 200, JSON.stringify({ data: [{ id: 'one', code: 'SB-1' }] })],
      [/^POST \/admin\/auth$/, 200, JSON.stringify({ hello: CLIENT })],
    ];
    for (const [match, status, answer] of cases) {
      fake.reset();
      fake.putBooking({ id: 1, code: 'SB-1', client: CLIENT });
      fake.failOn(match, status, answer);
      await failure(client().findBookingId('SB-1'));
    }
    fake.reset();
    await failure(client().cancelBooking(999));
  });

  it('gives up on a call that hangs at its deadline, and on an unreachable server', async () => {
    fake.hangOn(/^DELETE /);
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 300 }).cancelBooking(1));
    expect(error.message).toContain('timed out');
    expect(Date.now() - started).toBeLessThan(3000);
    await failure(client({ apiUrl: 'http://127.0.0.1:9/admin' }).findBookingId('SB-1'));
  });
});
