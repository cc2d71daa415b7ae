import { beforeEach, describe, expect, it } from 'vitest';
import { asUser, superAdminAndMember, type SuperAdminAndMember } from '../support/admin-scenes.js';
import { databaseKinds } from '../support/test-database.js';
import { bearer, insertPartner } from '../support/fixtures.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

const PREFIX = 'http-feature';
const UNKNOWN = '6f2d0a8e-0000-4000-8000-00000000abcd';

describe(`feature and partner feature routes (${databaseKinds.at(-1)})`, () => {
  const t = useTestApplication({ kind: databaseKinds.at(-1) });
  let { superAdmin, member } = {} as SuperAdminAndMember;

  beforeEach(async () => {
    ({ superAdmin, member } = await superAdminAndMember(t, PREFIX));
  });

  const asSuper = (method: string, body?: unknown) => asUser(superAdmin, method, body);

  it('refuses feature and partner feature administration to a normal user', async () => {
    const asMember = (method: string, body: unknown) => jsonRequest(method, body, bearer(member.token));
    const feature = await t.app.request('/api/v1/feature', asMember('POST', { name: 'THERAPY' }));
    expect([feature.status, (await json(feature)).message]).toEqual([403, 'FORBIDDEN']);
    const body = { partnerId: UNKNOWN, featureId: UNKNOWN, active: true };
    expect((await t.app.request('/api/v1/partner-feature', asMember('POST', body))).status).toBe(403);
    expect(
      (await t.app.request(`/api/v1/partner-feature/${UNKNOWN}`, asMember('PATCH', { active: true }))).status,
    ).toBe(403);
    const rows = await t.database.orm.em.getConnection().execute('select name from feature');
    expect(rows).toEqual([{ name: 'AUTOMATIC_ACCESS_CODE' }]);
  });

  it('features: create, list, refuse duplicates', async () => {
    const created = await t.app.request('/api/v1/feature', asSuper('POST', { name: 'THERAPY' }));
    expect(created.status).toBe(201);
    expect(await json(created)).toEqual({
      id: expect.any(String),
      name: 'THERAPY',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await t.app.request('/api/v1/feature', asSuper('POST', { name: 'THERAPY' }))).status).toBe(409);
    const names = (await json(await t.app.request('/api/v1/feature', asSuper('GET')))).map(
      (f: { name: string }) => f.name,
    );
    expect(names).toEqual(['AUTOMATIC_ACCESS_CODE', 'THERAPY']);
  });

  it('refuses a feature name that is not an upper-case identifier with VALIDATION_FAILED and its issue', async () => {
    for (const name of ['therapy', '1THERAPY', 'LIVE CHAT', 'A'.repeat(101)]) {
      const res = await t.app.request('/api/v1/feature', asSuper('POST', { name }));
      const body = await json(res);
      expect([res.status, body.message]).toEqual([400, 'VALIDATION_FAILED']);
      expect(body.issues).toEqual([{ path: 'name', message: expect.any(String) }]);
    }
    const rows = await t.database.orm.em.getConnection().execute('select name from feature');
    expect(rows).toEqual([{ name: 'AUTOMATIC_ACCESS_CODE' }]);
  });

  it('answers PARTNER_NOT_FOUND for a partner name longer than any stored name', async () => {
    const res = await t.app.request(`/api/v1/partner-feature/automatic-access-code/${'a'.repeat(300)}`);
    expect([res.status, (await json(res)).message]).toEqual([404, 'PARTNER_NOT_FOUND']);
  });

  it('partner features: create, 404s, duplicate, patch, and the public automatic-access lookup', async () => {
    const partnerId = await insertPartner(t.database.orm, { name: 'Badoo' });
    const features = await json(await t.app.request('/api/v1/feature', asSuper('GET')));
    const automatic = features[0];

    expect((await t.app.request('/api/v1/partner-feature/automatic-access-code/badoo')).status).toBe(404);
    const missing = await json(await t.app.request('/api/v1/partner-feature/automatic-access-code/badoo'));
    expect(missing.message).toBe('PARTNER_FEATURE_NOT_FOUND');
    expect(
      (await json(await t.app.request('/api/v1/partner-feature/automatic-access-code/nobody'))).message,
    ).toBe('PARTNER_NOT_FOUND');

    const body = { partnerId, featureId: automatic.id, active: true };
    const created = await t.app.request('/api/v1/partner-feature', asSuper('POST', body));
    expect(created.status).toBe(201);
    const pf = await json(created);
    expect(pf).toEqual({
      id: expect.any(String),
      ...body,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await t.app.request('/api/v1/partner-feature', asSuper('POST', body))).status).toBe(409);
    const unknownPartner = await t.app.request(
      '/api/v1/partner-feature',
      asSuper('POST', { ...body, partnerId: UNKNOWN }),
    );
    expect((await json(unknownPartner)).message).toBe('PARTNER_NOT_FOUND');
    const unknownFeature = await t.app.request(
      '/api/v1/partner-feature',
      asSuper('POST', { ...body, featureId: UNKNOWN }),
    );
    expect((await json(unknownFeature)).message).toBe('FEATURE_NOT_FOUND');

    const lookup = await t.app.request('/api/v1/partner-feature/automatic-access-code/BADOO');
    expect(await json(lookup)).toEqual({
      id: pf.id,
      partnerId,
      featureId: automatic.id,
      active: true,
      feature: { id: automatic.id, name: 'AUTOMATIC_ACCESS_CODE' },
    });

    const patched = await t.app.request(
      `/api/v1/partner-feature/${pf.id}`,
      asSuper('PATCH', { active: false }),
    );
    expect(await json(patched)).toMatchObject({ id: pf.id, active: false });
    expect(
      (await t.app.request(`/api/v1/partner-feature/${UNKNOWN}`, asSuper('PATCH', { active: false }))).status,
    ).toBe(404);
    const partner = await json(await t.app.request('/api/v1/partner/badoo'));
    expect(partner.partnerFeature).toEqual([
      {
        id: pf.id,
        partnerId,
        featureId: automatic.id,
        active: false,
        feature: { id: automatic.id, name: 'AUTOMATIC_ACCESS_CODE' },
      },
    ]);
  });
});
