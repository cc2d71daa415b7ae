import { describe, expect, it } from 'vitest';
import { aCourseStory, aResourceStory } from '../support/fake-storyblok.js';
import { bearer, signedInUser } from '../support/fixtures.js';
import { useStoryblokApp } from '../support/storyblok-app.js';
import { json, jsonRequest } from '../support/test-app.js';
import { databaseKinds } from '../support/test-database.js';

const SECRET = 'resource-user-test-secret';
const URL = '/api/v1/resource-user';
const UUID = aResourceStory().uuid;
let accounts = 0;
const anEmail = () => `resource-user-http-${(accounts += 1)}@example.org`;

describe(`resources from Storyblok and ${URL} on ${databaseKinds.at(-1)}`, () => {
  const { t, storyblok, deliver, rows } = useStoryblokApp({ secret: SECRET, kind: databaseKinds.at(-1) });
  const call = (path: string, token: string, body: unknown = { storyblokUuid: UUID }) =>
    t.app.request(`${URL}${path}`, jsonRequest('POST', body, bearer(token)));
  const publish = async () => {
    storyblok.putStory(aResourceStory());
    const res = await deliver({ action: 'published', story_id: 3001 });
    expect(res.status).toBe(201);
    return json(res);
  };

  it('publishes each resource component with its category, and a replay changes nothing', async () => {
    const components = [
      ['resource_short_video', 'short_video'],
      ['resource_single_video', 'single_video'],
      ['resource_conversation', 'resource_conversation'],
    ] as const;
    for (const [index, [component, category]] of components.entries()) {
      const id = 3001 + index;
      storyblok.putStory(aResourceStory({ id, uuid: `resource-uuid-${id}`, component, fullSlug: `r/${id}` }));
      const res = await deliver({ action: 'published', story_id: id });
      expect(res.status).toBe(201);
      const body = await json(res);
      expect(body).toEqual({ result: 'resource', id: expect.any(String), status: 'published' });
      const [row] = await rows(`select * from resource where id = '${body.id}'`);
      expect(row).toMatchObject({ category, slug: `r/${id}`, storyblok_uuid: `resource-uuid-${id}` });
    }
    const before = await rows(`select id, updated_at from resource order by id`);
    expect((await deliver({ action: 'published', story_id: 3001 })).status).toBe(201);
    expect(await rows(`select id, updated_at from resource order by id`)).toEqual(before);
    expect(await rows(`select * from course_partner`)).toEqual([]);
  });

  it('withdraws a resource when no course or session has the story id', async () => {
    storyblok.putStory(aCourseStory());
    expect((await deliver({ action: 'published', story_id: 1001 })).status).toBe(201);
    const resource = await publish();
    const res = await deliver({ action: 'unpublished', story_id: 3001 });
    expect(await json(res)).toEqual({ result: 'resource', id: resource.id, status: 'unpublished' });
    expect(await json(await deliver({ action: 'deleted', story_id: 1001 }))).toMatchObject({
      result: 'course',
    });
  });

  it('starts, completes (keeping the first time), and un-completes; GET /me lists the resource', async () => {
    const resource = await publish();
    const user = await signedInUser(t.database.orm, anEmail());

    const started = await call('', user.token);
    expect(started.status).toBe(201);
    const first = await json(started);
    expect(first).toEqual({
      id: resource.id,
      name: 'Grounding in five minutes',
      slug: 'shorts/grounding-in-five-minutes',
      status: 'published',
      category: 'short_video',
      storyblokId: 3001,
      storyblokUuid: UUID,
      completed: false,
      completedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const done = await json(await call('/complete', user.token));
    expect(done).toMatchObject({
      completed: true,
      completedAt: expect.any(String),
      createdAt: first.createdAt,
    });
    const again = await json(await call('/complete', user.token));
    expect(again.completedAt).toBe(done.completedAt);

    const me = await json(await t.app.request('/api/v1/user/me', { headers: bearer(user.token) }));
    expect(me.resources).toEqual([again]);

    const undone = await json(await call('/incomplete', user.token));
    expect(undone).toMatchObject({ completed: false, completedAt: null });
    expect(await rows(`select count(*)::int as n from resource_user`)).toEqual([{ n: 1 }]);
  });

  it('answers 404 RESOURCE_NOT_FOUND for unknown and withdrawn resources, except for incomplete', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    const unknown = await call('/complete', user.token, { storyblokUuid: 'no-such-uuid' });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).message).toBe('RESOURCE_NOT_FOUND');

    await publish();
    await deliver({ action: 'deleted', story_id: 3001 });
    for (const path of ['', '/complete']) {
      const res = await call(path, user.token);
      expect(res.status).toBe(404);
      expect((await json(res)).message).toBe('RESOURCE_NOT_FOUND');
    }
    const undone = await call('/incomplete', user.token);
    expect(undone.status).toBe(201);
    expect(await json(undone)).toMatchObject({ status: 'deleted', completed: false });
  });

  it('refuses a body without a usable storyblokUuid and a missing token', async () => {
    const user = await signedInUser(t.database.orm, anEmail());
    for (const body of [
      {},
      { storyblokUuid: '' },
      { storyblokUuid: 'x'.repeat(101) },
      { storyblokId: 3001 },
    ]) {
      const res = await call('', user.token, body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    }
    const anonymous = await t.app.request(URL, jsonRequest('POST', { storyblokUuid: UUID }));
    expect(anonymous.status).toBe(401);
  });
});
