import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import {
  bearer,
  insertPartner,
  insertPartnerAccess,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

const PREFIX = 'http-partner-access-race';
const CLAIMERS = 30;

const NAME = `concurrent claims of one code (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(NAME, () => {
  let t: TestApplication;
  let users: SignedInUser[];

  beforeAll(async () => {
    t = await createTestApplication({ kind: 'postgres' });
    users = [];
    for (let i = 0; i < CLAIMERS; i += 1)
      users.push(await signedInUser(t.database.orm, `${PREFIX}-${i}@example.com`));
  }, 120_000);
  afterAll(() => t?.close());

  it('gives the code to exactly one of 30 users; the others get 409 ALREADY_IN_USE', async () => {
    const partnerId = await insertPartner(t.database.orm, { name: 'Racers' });
    await insertPartnerAccess(t.database.orm, { partner_id: partnerId, access_code: 'RACE42' });

    const responses = await Promise.all(
      users.map((user) =>
        t.app.request(
          '/api/v1/partner-access/assign',
          jsonRequest('POST', { partnerAccessCode: 'race42' }, bearer(user.token)),
        ),
      ),
    );
    const statuses = responses.map((res) => res.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(CLAIMERS - 1);
    const losers = await Promise.all(responses.filter((res) => res.status === 409).map((res) => json(res)));
    expect(new Set(losers.map((body) => body.message))).toEqual(new Set(['ALREADY_IN_USE']));

    const winner = users[statuses.indexOf(201)];
    const rows = await t.database.orm.em
      .getConnection()
      .execute('select user_id, activated_at from partner_access where access_code = ?', ['RACE42']);
    expect(rows).toHaveLength(1);
    expect(rows[0].user_id).toBe(winner?.userId);
    expect(rows[0].activated_at).not.toBeNull();

    const repeat = await t.app.request(
      '/api/v1/partner-access/assign',
      jsonRequest('POST', { partnerAccessCode: 'RACE42' }, bearer(winner?.token ?? '')),
    );
    expect((await json(repeat)).message).toBe('ALREADY_APPLIED');
  });
});
