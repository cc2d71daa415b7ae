import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdentityProvider } from '../../src/domain/identity/identity-provider.js';
import { lookUpEmail } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { waitForLockWaiters } from '../support/row-locks.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { json, jsonRequest, useTestApplication } from '../support/test-app.js';

// The run shares one Auth emulator: emails carry this file's prefix and a counter.
let accounts = 0;
const anEmail = (what: string) => `user-update-race-${what}-${(accounts += 1)}@example.org`;

const RACES = `PATCH email racing another email change (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const t = useTestApplication({ kind: 'postgres' });
  let me: SignedInUser;
  let superAdmin: SignedInUser;
  const { host, projectId } = sharedFirebaseEmulator();
  const rowOf = async (id: string) =>
    (
      await t.database.orm.em
        .getConnection()
        .execute<{ email: string }[]>(`select email from "user" where id = ?`, [id])
    )[0];

  /**
   * Another email change, as the use case makes it but in the order that overtakes `request`:
   * its row write is held in a transaction on a connection of its own while `request` changes
   * Firebase and queues on the row lock; then it changes Firebase too, and commits.
   */
  async function overtakenBy(
    change: { email: string; isActive?: boolean },
    request: () => Promise<Response>,
  ): Promise<Response> {
    const other = new pg.Client({ connectionString: t.database.url ?? undefined });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`update "user" set email = $1, is_active = $2 where id = $3`, [
        change.email,
        change.isActive ?? true,
        me.userId,
      ]);
      const pending = request();
      await Promise.race([pending, waitForLockWaiters(t.database)]);
      await t.container.resolve<IdentityProvider>(IdentityProvider).updateEmail(me.firebaseUid, change.email);
      await other.query('commit');
      return await pending;
    } finally {
      await other.end();
    }
  }

  beforeEach(async () => {
    await t.database.reset();
    me = await signedInUser(t.database.orm, anEmail('me'), { name: 'Kim Example' });
    superAdmin = await signedInUser(t.database.orm, anEmail('super'), { is_super_admin: true });
  });

  it.each([
    ['PATCH /', () => '/api/v1/user', () => me.token],
    ['PATCH /admin/:id', () => `/api/v1/user/admin/${me.userId}`, () => superAdmin.token],
  ])(
    '%s that was overtaken answers 409 UPDATE_USER_CONFLICT; Firebase ends as the row',
    async (_route, path, token) => {
      const theirs = anEmail('theirs');
      const res = await overtakenBy({ email: theirs }, () =>
        Promise.resolve(
          t.app.request(path(), jsonRequest('PATCH', { email: anEmail('mine') }, bearer(token()))),
        ),
      );

      expect([res.status, (await json(res)).message]).toEqual([409, 'UPDATE_USER_CONFLICT']);
      expect((await rowOf(me.userId))?.email).toBe(theirs);
      expect(await lookUpEmail(host, projectId, me.firebaseUid)).toBe(theirs);
    },
  );

  it('a self PATCH refused for another reason puts Firebase back to the row, not the email it read', async () => {
    const theirs = anEmail('theirs');
    const res = await overtakenBy({ email: theirs, isActive: false }, () =>
      Promise.resolve(
        t.app.request('/api/v1/user', jsonRequest('PATCH', { email: anEmail('mine') }, bearer(me.token))),
      ),
    );

    expect([res.status, (await json(res)).message]).toEqual([403, 'USER_INACTIVE']);
    expect((await rowOf(me.userId))?.email).toBe(theirs);
    expect(await lookUpEmail(host, projectId, me.firebaseUid)).toBe(theirs);
  });
});
