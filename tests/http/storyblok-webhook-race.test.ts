import { describe, expect, it } from 'vitest';
import { aCourseStory, aSessionStory } from '../support/fake-storyblok.js';
import { insertPartner } from '../support/fixtures.js';
import { STORYBLOK_WEBHOOK_URL as URL, useStoryblokApp } from '../support/storyblok-app.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

const SECRET = 'storyblok-webhook-race-secret';
const RACES = `${URL} races (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const { t, storyblok, deliver, rows } = useStoryblokApp({ secret: SECRET, kind: 'postgres' });

  it('concurrent deliveries of a course and its sessions, the course unknown, all succeed with one row each', async () => {
    storyblok.putStory(aCourseStory({ includedForPartners: ['Bumble'] }));
    const sessionIds = [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008];
    for (const id of sessionIds) storyblok.putStory(aSessionStory({ id, uuid: `session-uuid-${id}` }));

    // Each round starts from an empty database, so every delivery may be the one inserting the course.
    for (let round = 0; round < 40; round += 1) {
      await t.database.reset();
      const bumble = await insertPartner(t.database.orm, { name: 'Bumble' });
      const deliveries = [...sessionIds, 1001, 2001, 1001].map((id) =>
        deliver({ action: round % 2 ? 'moved' : 'published', story_id: id }),
      );
      const statuses = (await Promise.all(deliveries)).map((res) => res.status);
      expect(statuses).toEqual(Array(deliveries.length).fill(201));

      expect(await rows(`select storyblok_id from course`)).toHaveLength(1);
      const sessions = await rows(`select storyblok_id from session order by storyblok_id`);
      expect(sessions.map((row: { storyblok_id: string }) => Number(row.storyblok_id))).toEqual(sessionIds);
      expect(await rows(`select partner_id, active from course_partner`)).toEqual([
        { partner_id: bumble, active: true },
      ]);
    }
    // Forty rounds of eleven concurrent deliveries: about 20 s on an idle two-core machine.
  }, 120_000);
});
