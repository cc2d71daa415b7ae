import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { aCourseStory, aSessionStory } from '../support/fake-storyblok.js';
import { insertPartner } from '../support/fixtures.js';
import { waitForLockWaiters } from '../support/row-locks.js';
import { STORYBLOK_WEBHOOK_URL as URL, useStoryblokApp } from '../support/storyblok-app.js';
import { SKIP_WITHOUT_POSTGRES, TEST_DATABASE_URL } from '../support/test-database.js';

const SECRET = 'storyblok-course-recheck-secret';
const RACES = `${URL} session racing its course (postgres${TEST_DATABASE_URL ? '' : `; ${SKIP_WITHOUT_POSTGRES}`})`;
// The course's id sorts after the session's, so the session delivery, which takes its story
// locks in sorted order, queues on the session's key before it holds the course's.
const COURSE_ID = 5001;
const SESSION_ID = 2001;

describe.skipIf(!TEST_DATABASE_URL)(RACES, () => {
  const { t, storyblok, deliver, rows } = useStoryblokApp({ secret: SECRET, kind: 'postgres' });

  it('a session delivery that fetched its unknown course keeps the course a newer delivery wrote meanwhile', async () => {
    await insertPartner(t.database.orm, { name: 'Bumble' });
    const badoo = await insertPartner(t.database.orm, { name: 'Badoo' });
    storyblok.putStory(aCourseStory({ id: COURSE_ID, name: 'Old name', includedForPartners: ['Bumble'] }));
    storyblok.putStory(aSessionStory({ id: SESSION_ID }));

    // The session's story lock (MikroOrmStoryLocks' key), held on a connection of its own.
    const holder = new pg.Client({ connectionString: t.database.url ?? undefined });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `storyblok-id:${SESSION_ID}`,
      ]);
      const session = deliver({ action: 'published', story_id: SESSION_ID });
      await Promise.race([session, waitForLockWaiters(t.database)]);

      // The session delivery has fetched the old course story; the editor publishes a new one.
      storyblok.putStory(aCourseStory({ id: COURSE_ID, name: 'New name', includedForPartners: ['Badoo'] }));
      expect((await deliver({ action: 'published', story_id: COURSE_ID })).status).toBe(201);
      await holder.query('commit');
      expect((await session).status).toBe(201);
    } finally {
      await holder.end();
    }

    const [course] = await rows(`select id, name from course`);
    expect(course.name).toBe('New name');
    expect(await rows(`select course_id from session`)).toEqual([{ course_id: course.id }]);
    expect(await rows(`select partner_id, active from course_partner`)).toEqual([
      { partner_id: badoo, active: true },
    ]);
  });
});
