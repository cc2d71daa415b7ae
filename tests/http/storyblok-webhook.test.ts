import { describe, expect, it } from 'vitest';
import { aCourseStory, aSessionStory } from '../support/fake-storyblok.js';
import { insertPartner } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { STORYBLOK_WEBHOOK_URL as URL, useStoryblokApp } from '../support/storyblok-app.js';
import { json } from '../support/test-app.js';

const SECRET = 'storyblok-webhook-test-secret';

describe(`POST ${URL} on ${databaseKinds.at(-1)}`, () => {
  const { t, storyblok, deliver, snapshot } = useStoryblokApp({ secret: SECRET, kind: databaseKinds.at(-1) });

  it('publishes a course from the fetched story and mirrors its partners', async () => {
    const bumble = await insertPartner(t.database.orm, { name: 'Bumble' });
    await insertPartner(t.database.orm, { name: 'Badoo' });
    storyblok.putStory(aCourseStory({ includedForPartners: ['Public', 'BUMBLE', 'Unknown partner'] }));

    const res = await deliver({
      action: 'published',
      story_id: 1001,
      text: 'The user published',
      space_id: 7,
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({ result: 'course', id: expect.any(String), status: 'published' });
    const { courses, partners } = await snapshot();
    expect(courses).toEqual([
      expect.objectContaining({
        id: body.id,
        name: 'Healing from sexual trauma',
        slug: 'courses/healing-from-sexual-trauma',
        status: 'published',
        storyblok_uuid: '3f2b8c1e-6d4a-4e1b-9a7c-0c1d2e3f4a01',
      }),
    ]);
    expect(Number(courses[0].storyblok_id)).toBe(1001);
    expect(
      partners.map((row: { partner_id: string; active: boolean }) => [row.partner_id, row.active]),
    ).toEqual([[bumble, true]]);
    expect(storyblok.requests).toEqual([
      {
        method: 'GET',
        path: '/v2/cdn/stories/1001',
        query: { token: storyblok.token, version: 'published' },
      },
    ]);
  });

  it('publishes a session, syncing its missing course first by uuid, and a replay changes nothing', async () => {
    storyblok.putStory(aCourseStory());
    storyblok.putStory(aSessionStory({ component: 'session_iba' }));
    const delivery = { action: 'published', story_id: 2001 };

    const res = await deliver(delivery);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({ result: 'session', id: expect.any(String), status: 'published' });
    expect(storyblok.requests.map((r) => [r.path, r.query.find_by])).toEqual([
      ['/v2/cdn/stories/2001', undefined],
      ['/v2/cdn/stories/3f2b8c1e-6d4a-4e1b-9a7c-0c1d2e3f4a01', 'uuid'],
    ]);
    const before = await snapshot();
    expect(before.sessions).toEqual([
      expect.objectContaining({ id: body.id, course_id: before.courses[0].id }),
    ]);

    const replay = await deliver(delivery);
    expect(replay.status).toBe(201);
    expect(await json(replay)).toEqual(body);
    expect((await deliver({ action: 'published', story_id: 1001 })).status).toBe(201);
    expect(await snapshot()).toEqual(before);
  });

  it('re-parents a session moved to another course', async () => {
    const other = { id: 1002, uuid: 'second-course-uuid', name: 'Second course', fullSlug: 'courses/second' };
    storyblok.putStory(aCourseStory());
    storyblok.putStory(aCourseStory(other));
    storyblok.putStory(aSessionStory());
    await deliver({ action: 'published', story_id: 2001 });
    storyblok.putStory(aSessionStory({ courseUuid: 'second-course-uuid', fullSlug: 'courses/second/what' }));

    const res = await deliver({ action: 'moved', story_id: 2001 });
    expect(res.status).toBe(201);
    const { courses, sessions } = await snapshot();
    const second = courses.find((c: { storyblok_uuid: string }) => c.storyblok_uuid === 'second-course-uuid');
    expect(sessions).toEqual([expect.objectContaining({ id: (await json(res)).id, course_id: second.id })]);
  });

  it('sets unpublished and deleted without fetching, and ignores unknown ids, actions and components', async () => {
    storyblok.putStory(aCourseStory());
    storyblok.putStory(aSessionStory());
    storyblok.putStory({ ...aCourseStory({ id: 4001 }), content: { component: 'Page', _uid: 'p' } });
    await deliver({ action: 'published', story_id: 2001 });
    storyblok.requests.length = 0;

    const session = await deliver({ action: 'unpublished', story_id: 2001 });
    expect(await json(session)).toMatchObject({ result: 'session', status: 'unpublished' });
    const course = await deliver({ action: 'deleted', story_id: 1001 });
    expect(course.status).toBe(201);
    expect(await json(course)).toMatchObject({ result: 'course', status: 'deleted' });
    expect(storyblok.requests).toEqual([]);

    for (const delivery of [
      { action: 'deleted', story_id: 999 },
      { action: 'released', story_id: 1001 },
      { action: 'published', story_id: 4001 },
    ]) {
      const res = await deliver(delivery);
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ result: 'ignored' });
    }
    const { courses, sessions } = await snapshot();
    expect([courses[0].status, sessions[0].status]).toEqual(['deleted', 'unpublished']);
  });
});
