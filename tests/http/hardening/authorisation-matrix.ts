/**
 * The authorisation matrix's rows: every registered route (METHOD + Hono path) × the six
 * callers of issue 15 → the status SPEC gives for that request. Requests aimed at objects use
 * partner B's objects, so the partner-admin column is "an admin of partner A acting on B".
 */
export type Caller = 'anonymous' | 'publicUser' | 'partnerUser' | 'adminOfA' | 'superAdmin' | 'deletedUser';
export const CALLERS: Caller[] = [
  'anonymous',
  'publicUser',
  'partnerUser',
  'adminOfA',
  'superAdmin',
  'deletedUser',
];

/** The ids a row's request may name. */
export interface Scene {
  partnerB: string;
  accessOfB: string;
  adminOfB: string;
  partnerFeatureOfB: string;
  automaticFeature: string;
  victimUser: string;
  otherVictimUser: string;
}

export interface Row {
  /** The request: path with ids filled in, and a JSON body for methods that take one. */
  request: (scene: Scene) => { path: string; body?: unknown };
  expected: Record<Caller, number>;
}

const every = (status: number): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((caller) => [caller, status])) as Record<Caller, number>;
/** Any signed-in, active user (SPEC 3: 401 without a token, 403 USER_INACTIVE once deleted). */
const anyUser = (status: number) => ({ ...every(status), anonymous: 401, deletedUser: 403 });
/** Super admins only (403 FORBIDDEN for every other role). */
const superAdminOnly = (status: number) => ({ ...every(403), anonymous: 401, superAdmin: status });
const NO_SUCH_ID = '00000000-0000-4000-8000-00000000abcd';
const path = (value: string) => () => ({ path: value });

export const ROWS: Record<string, Row> = {
  'GET /api/ping': { request: path('/api/ping'), expected: every(200) },
  'GET /api/ping/database': { request: path('/api/ping/database'), expected: every(200) },
  'GET /api/openapi.json': { request: path('/api/openapi.json'), expected: every(200) },
  'GET /api/docs': { request: path('/api/docs'), expected: every(200) },
  'GET /api/docs/init.js': { request: path('/api/docs/init.js'), expected: every(200) },
  'GET /api/docs/:asset': { request: path('/api/docs/swagger-ui.css'), expected: every(200) },

  'POST /api/v1/partner': {
    request: () => ({ path: '/api/v1/partner', body: { name: 'Matrix Partner' } }),
    expected: superAdminOnly(201),
  },
  'GET /api/v1/partner': { request: path('/api/v1/partner'), expected: superAdminOnly(200) },
  'GET /api/v1/partner/:name': { request: path('/api/v1/partner/Badoo'), expected: every(200) },
  'PATCH /api/v1/partner/:id': {
    request: (s) => ({ path: `/api/v1/partner/${s.partnerB}`, body: { active: true } }),
    expected: superAdminOnly(200),
  },
  'POST /api/v1/partner-admin': {
    request: (s) => ({
      path: '/api/v1/partner-admin',
      body: { userId: s.otherVictimUser, partnerId: s.partnerB },
    }),
    expected: superAdminOnly(201),
  },
  'POST /api/v1/partner-admin/create-user': {
    request: (s) => ({
      path: '/api/v1/partner-admin/create-user',
      body: {
        name: 'Matrix Admin',
        email: 'hardening-matrix-created-admin@example.com',
        partnerId: s.partnerB,
      },
    }),
    expected: superAdminOnly(201),
  },
  'GET /api/v1/partner-admin': {
    request: (s) => ({ path: `/api/v1/partner-admin?partnerId=${s.partnerB}` }),
    expected: superAdminOnly(200),
  },
  'PATCH /api/v1/partner-admin/:id': {
    request: (s) => ({ path: `/api/v1/partner-admin/${s.adminOfB}`, body: { active: true } }),
    expected: superAdminOnly(200),
  },
  'POST /api/v1/feature': {
    request: () => ({ path: '/api/v1/feature', body: { name: 'MATRIX_FEATURE' } }),
    expected: superAdminOnly(201),
  },
  'GET /api/v1/feature': { request: path('/api/v1/feature'), expected: superAdminOnly(200) },
  'POST /api/v1/partner-feature': {
    request: (s) => ({
      path: '/api/v1/partner-feature',
      body: { partnerId: s.partnerB, featureId: s.automaticFeature, active: true },
    }),
    expected: superAdminOnly(201),
  },
  'PATCH /api/v1/partner-feature/:id': {
    request: (s) => ({ path: `/api/v1/partner-feature/${s.partnerFeatureOfB}`, body: { active: true } }),
    expected: superAdminOnly(200),
  },
  // Bumble (A) has no automatic-access-code feature: 404 for anyone.
  'GET /api/v1/partner-feature/automatic-access-code/:partnerName': {
    request: path('/api/v1/partner-feature/automatic-access-code/Bumble'),
    expected: every(404),
  },
  // A code that does not exist: 400 DOES_NOT_EXIST for anyone (a token is ignored).
  'POST /api/v1/partner-access/validate-code': {
    request: () => ({ path: '/api/v1/partner-access/validate-code', body: { partnerAccessCode: 'ZZZZZZ' } }),
    expected: every(400),
  },
  'POST /api/v1/partner-access/assign': {
    request: () => ({ path: '/api/v1/partner-access/assign', body: { partnerAccessCode: 'ZZZZZZ' } }),
    expected: anyUser(400),
  },
  // Minting names partner B: ignored, the code is for the admin's own partner; partner admins only.
  'POST /api/v1/partner-access': {
    request: (s) => ({
      path: '/api/v1/partner-access',
      body: {
        featureLiveChat: true,
        featureTherapy: false,
        therapySessionsRemaining: 0,
        partnerId: s.partnerB,
      },
    }),
    expected: { ...every(403), anonymous: 401, adminOfA: 201 },
  },
  // Partner B's accesses: super admins; an admin of A asking for B is refused.
  'GET /api/v1/partner-access': {
    request: (s) => ({ path: `/api/v1/partner-access?partnerId=${s.partnerB}` }),
    expected: superAdminOnly(200),
  },
  'PATCH /api/v1/partner-access/:id': {
    request: (s) => ({ path: `/api/v1/partner-access/${s.accessOfB}`, body: { active: true } }),
    expected: superAdminOnly(200),
  },

  // Sign-up is for anyone; an empty body is 400 whoever sends it.
  'POST /api/v1/user': { request: () => ({ path: '/api/v1/user', body: {} }), expected: every(400) },
  'GET /api/v1/user/me': { request: path('/api/v1/user/me'), expected: anyUser(200) },
  'PATCH /api/v1/user': {
    request: () => ({ path: '/api/v1/user', body: { signUpLanguage: 'en' } }),
    expected: anyUser(200),
  },
  'GET /api/v1/user': {
    request: () => ({ path: `/api/v1/user?searchCriteria=${encodeURIComponent('{}')}` }),
    expected: superAdminOnly(200),
  },
  'PATCH /api/v1/user/admin/:id': {
    request: (s) => ({ path: `/api/v1/user/admin/${s.victimUser}`, body: { name: 'Renamed' } }),
    expected: superAdminOnly(200),
  },
  'DELETE /api/v1/user/:id': {
    request: (s) => ({ path: `/api/v1/user/${s.victimUser}` }),
    expected: superAdminOnly(200),
  },
  // Deletes each caller's own account: the matrix runs this row last.
  'DELETE /api/v1/user': { request: path('/api/v1/user'), expected: anyUser(200) },

  // Webhooks take no bearer token: without their secret (unset here) everyone gets 401.
  'POST /api/webhooks/simplybook': {
    request: () => ({ path: '/api/webhooks/simplybook', body: {} }),
    expected: every(401),
  },
  'POST /api/webhooks/storyblok': {
    request: () => ({ path: '/api/webhooks/storyblok', body: {} }),
    expected: every(401),
  },

  'POST /api/v1/session-user': {
    request: () => ({ path: '/api/v1/session-user', body: { storyblokUuid: 'no-such-session' } }),
    expected: anyUser(404),
  },
  'POST /api/v1/session-user/complete': {
    request: () => ({ path: '/api/v1/session-user/complete', body: { storyblokUuid: 'no-such-session' } }),
    expected: anyUser(404),
  },
  'POST /api/v1/session-user/incomplete': {
    request: () => ({ path: '/api/v1/session-user/incomplete', body: { storyblokUuid: 'no-such-session' } }),
    expected: anyUser(404),
  },
  'GET /api/v1/reports/summary': {
    request: path('/api/v1/reports/summary?from=2026-01-01&to=2026-02-01'),
    expected: superAdminOnly(200),
  },
  'GET /api/v1/courses-user': { request: path('/api/v1/courses-user'), expected: anyUser(200) },
  'GET /api/v1/therapy-session': { request: path('/api/v1/therapy-session'), expected: anyUser(200) },
  'PATCH /api/v1/therapy-session/:id/cancel': {
    request: () => ({ path: `/api/v1/therapy-session/${NO_SUCH_ID}/cancel`, body: {} }),
    expected: anyUser(404),
  },
  'GET /api/v1/admin/profile-sync': {
    request: path('/api/v1/admin/profile-sync'),
    expected: superAdminOnly(200),
  },
  'POST /api/v1/admin/profile-sync/retry': {
    request: () => ({ path: '/api/v1/admin/profile-sync/retry', body: {} }),
    expected: superAdminOnly(201),
  },
  'GET /api/v1/admin/contact-sync': {
    request: path('/api/v1/admin/contact-sync'),
    expected: superAdminOnly(200),
  },
  'POST /api/v1/admin/contact-sync/retry': {
    request: () => ({ path: '/api/v1/admin/contact-sync/retry', body: {} }),
    expected: superAdminOnly(201),
  },
  'POST /api/v1/resource-user': {
    request: () => ({ path: '/api/v1/resource-user', body: { storyblokUuid: 'no-such-resource' } }),
    expected: anyUser(404),
  },
  'POST /api/v1/resource-user/complete': {
    request: () => ({ path: '/api/v1/resource-user/complete', body: { storyblokUuid: 'no-such-resource' } }),
    expected: anyUser(404),
  },
  'POST /api/v1/resource-user/incomplete': {
    request: () => ({
      path: '/api/v1/resource-user/incomplete',
      body: { storyblokUuid: 'no-such-resource' },
    }),
    expected: anyUser(404),
  },
  'POST /api/v1/session-feedback': {
    request: () => ({
      path: '/api/v1/session-feedback',
      body: { sessionId: NO_SUCH_ID, feedbackTags: 'useful' },
    }),
    expected: anyUser(404),
  },
  'POST /api/v1/resource-feedback': {
    request: () => ({
      path: '/api/v1/resource-feedback',
      body: { resourceId: NO_SUCH_ID, feedbackTags: 'useful' },
    }),
    expected: anyUser(404),
  },
  'POST /api/v1/event-logger': {
    request: () => ({ path: '/api/v1/event-logger', body: { event: 'LOGGED_IN' } }),
    expected: anyUser(201),
  },
  'GET /api/v1/subscription-user': { request: path('/api/v1/subscription-user'), expected: anyUser(200) },
  'POST /api/v1/subscription-user/whatsapp': {
    request: () => ({
      path: '/api/v1/subscription-user/whatsapp',
      body: { subscriptionInfo: '+447700900123' },
    }),
    expected: anyUser(201),
  },
  'PATCH /api/v1/subscription-user/whatsapp/:id': {
    request: () => ({
      path: `/api/v1/subscription-user/whatsapp/${NO_SUCH_ID}`,
      body: { cancelledAt: '2026-12-01T10:00:00Z' },
    }),
    expected: anyUser(404),
  },
};

/** Rows that change the callers themselves run after every other row. */
export const LAST = ['DELETE /api/v1/user'];
