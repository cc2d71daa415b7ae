import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/firebase-accounts.js';
import { sharedFirebaseEmulator } from '../support/firebase-emulator.js';
import { insertPartner, insertPartnerAccess } from '../support/fixtures.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

const { host } = sharedFirebaseEmulator();
const PASSWORD = 'correct-horse-battery';
const CONTENDERS = 4;

describe.skipIf(!TEST_DATABASE_URL)(
  `sign-ups racing for one access code (postgres; ${SKIP_WITHOUT_POSTGRES})`,
  () => {
    let t: TestApplication;

    beforeAll(async () => {
      t = await createTestApplication({ kind: 'postgres' });
    });
    afterAll(() => t.close());

    it('gives the code to exactly one; the others get 409 ALREADY_IN_USE and leave no account behind', async () => {
      const partnerId = await insertPartner(t.database.orm, { name: 'Race Partner' });
      const accessId = await insertPartnerAccess(t.database.orm, {
        partner_id: partnerId,
        access_code: 'RACE23',
      });
      const emails = Array.from({ length: CONTENDERS }, (_, i) => `signup-race-${i}@example.com`);

      const responses = await Promise.all(
        emails.map((email) =>
          t.app.request(
            '/api/v1/user',
            jsonRequest('POST', {
              name: 'Racer',
              email,
              password: PASSWORD,
              contactPermission: false,
              partnerAccessCode: 'race23',
            }),
          ),
        ),
      );

      const statuses = responses.map((res) => res.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(CONTENDERS - 1).fill(409)]);
      const bodies = await Promise.all(responses.map((res) => json(res)));
      const winnerIndex = responses.findIndex((res) => res.status === 201);
      const winner = bodies[winnerIndex];
      expect(winner.partnerAccesses.map((a: { id: string }) => a.id)).toEqual([accessId]);
      bodies
        .filter((_, i) => i !== winnerIndex)
        .forEach((body) => expect(body.message).toBe('ALREADY_IN_USE'));

      const users: { id: string; sign_up_type: string }[] = await t.database.orm.em
        .getConnection()
        .execute(`select id, sign_up_type from "user"`);
      expect(users).toEqual([{ id: winner.user.id, sign_up_type: 'PARTNER_USER_WITH_CODE' }]);
      const [access] = await t.database.orm.em
        .getConnection()
        .execute(`select user_id from partner_access where id = ?`, [accessId]);
      expect(access?.user_id).toBe(winner.user.id);

      const signedIn = await Promise.all(
        emails.map((email) =>
          signIn(host, email, PASSWORD).then(
            () => true,
            () => false,
          ),
        ),
      );
      expect(signedIn.filter(Boolean)).toHaveLength(1);
      expect(signedIn[winnerIndex]).toBe(true);
    });
  },
);
