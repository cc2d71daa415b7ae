import { beforeEach, describe, expect, it } from 'vitest';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { whileHoldingRowLocks } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `user-delete-race-${what}-${(accounts += 1)}@example.org`;
const ANONYMOUS = 'anonymisedxxxxxxxxxx';

const RACES = `PATCH racing a deletion (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const t = useTestApplication({ kind: 'postgres' });
  let me: SignedInUser;
  let superAdmin: SignedInUser;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query, params);

  /**
   * Anonymises the user in a transaction on a connection of its own, fires `request` while that
   * transaction holds the row, waits until the request queues on the row lock (or answers without
   * waiting), then commits: the request sees the deletion only if it locks the row.
   */
  async function whileDeleting(userId: string, request: () => Promise<Response>): Promise<Response> {
    return whileHoldingRowLocks(
      t.database,
      async (deletion) => {
        await deletion.query(
          `update "user" set name = $1, email = $2, is_active = false, deleted_at = now() where id = $3`,
          [ANONYMOUS, `${ANONYMOUS}-${userId}`, userId],
        );
      },
      request,
    );
  }

  beforeEach(async () => {
    await t.database.reset();
    me = await signedInUser(t.database.orm, anEmail('me'), { name: 'Kim Example' });
    superAdmin = await signedInUser(t.database.orm, anEmail('super'), { is_super_admin: true });
  });

  it('a self PATCH that loses to a deletion answers 403 USER_INACTIVE and writes nothing back', async () => {
    const res = await whileDeleting(me.userId, async () =>
      t.app.request('/api/v1/user', jsonRequest('PATCH', { name: 'Kim Real' }, bearer(me.token))),
    );
    expect([res.status, (await json(res)).message]).toEqual([403, 'USER_INACTIVE']);
    const [row] = await sql(`select name, is_active from "user" where id = ?`, [me.userId]);
    expect(row).toEqual({ name: ANONYMOUS, is_active: false });
  });

  it('an admin PATCH that loses to a deletion answers 409 USER_DELETED and writes nothing back', async () => {
    const res = await whileDeleting(me.userId, async () =>
      t.app.request(
        `/api/v1/user/admin/${me.userId}`,
        jsonRequest('PATCH', { name: 'Kim Real', isActive: true }, bearer(superAdmin.token)),
      ),
    );
    expect([res.status, (await json(res)).message]).toEqual([409, 'USER_DELETED']);
    const [row] = await sql(`select name, is_active from "user" where id = ?`, [me.userId]);
    expect(row).toEqual({ name: ANONYMOUS, is_active: false });
  });
});
