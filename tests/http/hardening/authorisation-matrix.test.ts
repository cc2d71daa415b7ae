import { beforeAll, describe, expect, it } from 'vitest';
import { partnerScene } from '../../support/admin-scenes.js';
import {
  bearer,
  insertPartnerAccess,
  insertPartnerAdmin,
  insertRow,
  insertUser,
  signedInUser,
} from '../../support/fixtures.js';
import { databaseKinds } from '../../support/test-database.js';
import { jsonRequest, useTestApplication } from '../../support/test-app.js';
import { CALLERS, LAST, ROWS, type Caller, type Scene } from './authorisation-matrix.js';

const PREFIX = 'hardening-matrix';

/**
 * Every route the app registers × the six callers of issue 15 → the status SPEC gives. Routes
 * come from the app itself: a route added without a row in authorisation-matrix.ts fails here.
 */
describe(`authorisation matrix (${databaseKinds.at(-1)})`, () => {
  const t = useTestApplication({ kind: databaseKinds.at(-1) });
  const tokens = {} as Record<Caller, string | null>;
  let scene: Scene;

  const registered = () => {
    const keys = new Set<string>();
    for (const route of t.app.routes) if (route.method !== 'ALL') keys.add(`${route.method} ${route.path}`);
    return [...keys];
  };

  beforeAll(async () => {
    const orm = t.database.orm;
    const { superAdmin, admin, member, partnerId, otherPartnerId } = await partnerScene(t, PREFIX);
    const partnerUser = await signedInUser(orm, `${PREFIX}-partner-user@example.com`);
    await insertPartnerAccess(orm, {
      partner_id: partnerId,
      user_id: partnerUser.userId,
      access_code: 'PPPPPP',
    });
    const deleted = await signedInUser(orm, `${PREFIX}-deleted@example.com`);
    await orm.em
      .getConnection()
      .execute(`update "user" set is_active = false, deleted_at = now() where id = ?`, [deleted.userId]);
    const adminOfBUser = await insertUser(orm, { email: `${PREFIX}-admin-b@example.com` });
    const feature = await insertRow(orm, 'feature', { name: 'MATRIX_EXISTING' });
    const [automatic] = await orm.em
      .getConnection()
      .execute<{ id: string }[]>(`select id from feature where name = 'AUTOMATIC_ACCESS_CODE'`);
    scene = {
      partnerB: otherPartnerId,
      accessOfB: await insertPartnerAccess(orm, { partner_id: otherPartnerId, access_code: 'BBBBBB' }),
      adminOfB: await insertPartnerAdmin(orm, { user_id: adminOfBUser, partner_id: otherPartnerId }),
      partnerFeatureOfB: await insertRow(orm, 'partner_feature', {
        partner_id: otherPartnerId,
        feature_id: feature,
        active: false,
      }),
      automaticFeature: automatic?.id ?? '',
      victimUser: await insertUser(orm, { email: `${PREFIX}-victim@example.com` }),
      otherVictimUser: await insertUser(orm, { email: `${PREFIX}-victim-2@example.com` }),
    };
    Object.assign(tokens, {
      anonymous: null,
      publicUser: member.token,
      partnerUser: partnerUser.token,
      adminOfA: admin.token,
      superAdmin: superAdmin.token,
      deletedUser: deleted.token,
    });
  });

  it('has a row for every registered route, and no row for a route that is gone', () => {
    const routes = registered();
    expect(routes.filter((route) => !(route in ROWS))).toEqual([]);
    expect(Object.keys(ROWS).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers every route × caller with the status SPEC gives', async () => {
    const order = [...registered().filter((route) => !LAST.includes(route)), ...LAST];
    const wrong: string[] = [];
    for (const route of order) {
      const row = ROWS[route];
      if (!row) continue;
      const method = route.split(' ')[0] ?? 'GET';
      for (const caller of CALLERS) {
        const { path, body } = row.request(scene);
        const token = tokens[caller];
        const headers = token ? bearer(token) : {};
        const init =
          method === 'GET' || method === 'DELETE'
            ? { method, headers }
            : jsonRequest(method, body ?? {}, headers);
        const res = await t.app.request(path, init);
        const text = await res.text();
        if (res.status !== row.expected[caller])
          wrong.push(
            `${route} as ${caller}: ${res.status} (expected ${row.expected[caller]}) ${text.slice(0, 160)}`,
          );
        if (res.status >= 400) expect(JSON.parse(text)).toMatchObject({ statusCode: res.status });
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
