import { sessionStoryblokId, therapyEmail, SMALL, VALID_CODE } from './data.js';
import type { Scenario } from './load.js';

export const ZAPIER_TOKEN = 'bench-zapier-token-0123456789';

export interface Tokens {
  me: string;
  admin: string;
  /** One per session-user/complete connection. */
  complete: string[];
}

/** SPEC 11 and issue 14's rows, in the order they run. */
export function scenarios(tokens: Tokens): Scenario[] {
  let booking = 0;
  const run = Date.now().toString(36);
  const token = (n: number) => tokens.complete[n % tokens.complete.length] ?? '';
  return [
    {
      name: 'bare node:http (same Node)',
      goal: '—',
      target: 'bare',
      request: () => ({ method: 'GET', path: '/api/ping' }),
      expectStatus: 200,
    },
    {
      name: 'GET /api/ping',
      goal: '≥ 50% of bare',
      target: 'small',
      request: () => ({ method: 'GET', path: '/api/ping' }),
      expectStatus: 200,
    },
    {
      name: 'GET /api/v1/user/me',
      goal: '≥ 800 req/s, p99 ≤ 50 ms, ≤ 3 statements',
      target: 'small',
      request: () => ({ method: 'GET', path: '/api/v1/user/me', token: tokens.me }),
      expectStatus: 200,
    },
    {
      name: 'POST /api/v1/session-user/complete, 20 users',
      goal: '≥ 800 req/s, ≤ 5 statements',
      target: 'small',
      request: (n) => {
        // Each connection is its own user, walking through the 8 sessions of one course.
        let k = 0;
        const course = (n % SMALL.courses) + 1;
        return {
          method: 'POST',
          path: '/api/v1/session-user/complete',
          token: token(n),
          body: () => ({ storyblokId: sessionStoryblokId(course, (k++ % SMALL.sessionsPerCourse) + 1) }),
        };
      },
      expectStatus: 201,
    },
    {
      name: 'POST /api/v1/session-user/complete, 1 user, 1 session',
      goal: '≥ 300 req/s',
      target: 'small',
      request: () => ({
        method: 'POST',
        path: '/api/v1/session-user/complete',
        token: token(0),
        body: { storyblokId: sessionStoryblokId(1, 1) },
      }),
      expectStatus: 201,
    },
    {
      name: 'POST /api/v1/partner-access/validate-code',
      goal: '≥ 2,500 req/s',
      target: 'small',
      request: () => ({
        method: 'POST',
        path: '/api/v1/partner-access/validate-code',
        body: { partnerAccessCode: VALID_CODE },
      }),
      expectStatus: 201,
    },
    {
      name: 'POST /api/webhooks/simplybook, new bookings',
      goal: '—',
      target: 'small',
      request: (n) => ({
        method: 'POST',
        path: '/api/webhooks/simplybook',
        headers: { authorization: `Basic ${ZAPIER_TOKEN}` },
        body: () => ({
          action: 'NEW_BOOKING',
          client_email: therapyEmail((n % SMALL.therapyUsers) + 1),
          client_timezone: 'Europe/London',
          booking_code: `B-${run}-${(booking++).toString(36)}`,
          service_name: 'Therapy session',
          service_provider_name: 'Therapist One',
          service_provider_email: 'therapist@example.org',
          start_date_time: '2026-02-01T09:00:00+0000',
          end_date_time: '2026-02-01T10:00:00+0000',
        }),
      }),
      expectStatus: 201,
    },
    {
      name: 'GET /api/v1/user/me, 1M users',
      goal: 'p50 within 1.5× of 1,000 users',
      target: 'large',
      request: () => ({ method: 'GET', path: '/api/v1/user/me', token: tokens.me }),
      expectStatus: 200,
    },
    {
      name: 'GET /api/v1/reports/summary, 1M users, 10M session_user',
      goal: '—',
      target: 'large',
      request: () => ({
        method: 'GET',
        path: '/api/v1/reports/summary?from=2026-06-01&to=2026-07-01',
        token: tokens.admin,
      }),
      expectStatus: 200,
    },
  ];
}
