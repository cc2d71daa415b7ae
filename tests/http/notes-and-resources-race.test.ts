import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, insertRow, signedInUser } from '../support/fixtures.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';
import { createTestApplication, json, jsonRequest, type TestApplication } from '../support/test-app.js';

let accounts = 0;
const anEmail = () => `notes-resources-race-${(accounts += 1)}@example.org`;
const RACES = `resource progress and WhatsApp subscribe races (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

/** Many simultaneous requests on a real server: only PostgreSQL has the concurrency to race. */
describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  let t: TestApplication;
  const sql = <T = Record<string, unknown>>(query: string): Promise<T[]> =>
    t.database.orm.em.getConnection().execute(query);

  beforeAll(async () => {
    t = await createTestApplication({ kind: 'postgres' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.database.reset());

  it('ten simultaneous subscribes of one user: one 201, nine 409 ALREADY_EXISTS, one row', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    const numbers = Array.from({ length: 10 }, (_, i) => `+4477009001${String(i).padStart(2, '0')}`);
    const answers = await Promise.all(
      numbers.map((subscriptionInfo) =>
        t.app.request(
          '/api/v1/subscription-user/whatsapp',
          jsonRequest('POST', { subscriptionInfo }, bearer(user.token)),
        ),
      ),
    );
    const outcomes = await Promise.all(answers.map(async (res) => [res.status, (await json(res)).message]));
    expect(outcomes.filter(([status]) => status === 201)).toHaveLength(1);
    expect(outcomes.filter(([status, code]) => status === 409 && code === 'ALREADY_EXISTS')).toHaveLength(9);
    expect(await sql(`select count(*)::int as n from subscription_user`)).toEqual([{ n: 1 }]);
    // The winner's job only: a refused subscribe rolls back whole.
    expect(await sql(`select version from profile_sync_job where kind = 'contact_sync'`)).toEqual([
      { version: 1 },
    ]);
  });

  it('simultaneous completions of one resource: all 201 with one completion time, one row', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    await insertRow(t.database.orm, 'resource', {
      name: 'A short',
      slug: 'shorts/a-short',
      status: 'published',
      category: 'short_video',
      storyblok_uuid: 'race-resource-uuid',
    });
    const paths = [
      '/complete',
      '/complete',
      '',
      '/complete',
      '',
      '/complete',
      '/complete',
      '',
      '/complete',
      '/complete',
    ];
    const answers = await Promise.all(
      paths.map((path) =>
        t.app.request(
          `/api/v1/resource-user${path}`,
          jsonRequest('POST', { storyblokUuid: 'race-resource-uuid' }, bearer(user.token)),
        ),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(paths.map(() => 201));
    const rows = await sql<{ completed_at: string | null }>(`select completed_at from resource_user`);
    expect(rows).toHaveLength(1);
    const completions = new Set(
      (await Promise.all(answers.map((res) => json(res))))
        .map((body: { completedAt: string | null }) => body.completedAt)
        .filter((at) => at !== null),
    );
    expect(completions.size).toBe(1);
  });
});
