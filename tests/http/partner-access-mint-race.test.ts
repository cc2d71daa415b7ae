import { beforeEach, describe, expect, it } from 'vitest';
import {
  bearer,
  insertPartner,
  insertPartnerAdmin,
  signedInUser,
  type SignedInUser,
} from '../support/fixtures.js';
import { whileHoldingRowLocks } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

let accounts = 0;
const anEmail = (what: string) => `partner-access-mint-race-${what}-${(accounts += 1)}@example.org`;
const GRANT = { featureLiveChat: true, featureTherapy: false, therapySessionsRemaining: 0 };

const RACES = `minting racing a partner deactivation (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const t = useTestApplication({ kind: 'postgres' });
  let admin: SignedInUser;
  let partnerId: string;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);

  beforeEach(async () => {
    await t.database.reset();
    partnerId = await insertPartner(t.database.orm, { name: 'Closing' });
    admin = await signedInUser(t.database.orm, anEmail('admin'));
    await insertPartnerAdmin(t.database.orm, { user_id: admin.userId, partner_id: partnerId });
  });

  it('a mint authenticated before a deactivation commits is refused (403 FORBIDDEN), leaving no live code', async () => {
    // What PATCH /partner/:id { active: false } writes, on a connection of its own (outside the
    // app's async context), held open until the mint queues on the partner row, then committed.
    const res = await whileHoldingRowLocks(
      t.database,
      async (deactivation) => {
        await deactivation.query(`update partner set is_active = false, updated_at = now() where id = $1`, [
          partnerId,
        ]);
        await deactivation.query(`update partner_admin set active = false where partner_id = $1`, [
          partnerId,
        ]);
        await deactivation.query(
          `update partner_access set active = false where partner_id = $1 and user_id is null`,
          [partnerId],
        );
      },
      () => t.app.request('/api/v1/partner-access', jsonRequest('POST', GRANT, bearer(admin.token))),
    );
    expect([res.status, (await json(res)).message]).toEqual([403, 'FORBIDDEN']);
    const live = await sql(
      `select id from partner_access where partner_id = ? and active and user_id is null`,
      [partnerId],
    );
    expect(live).toEqual([]);
  });
});
