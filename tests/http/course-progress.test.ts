import { beforeEach, describe, expect, it } from 'vitest';
import { aCourseStory, aSessionStory } from '../support/fake-storyblok.js';
import { bearer, signedInUser, type SignedInUser } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import { useStoryblokApp } from '../support/storyblok-app.js';
import { json, jsonRequest } from '../support/test-app.js';

const SECRET = 'course-progress-test-secret';
const FIRST = { id: 1001, uuid: 'first-course-uuid', name: 'First course', fullSlug: 'courses/first' };
const SECOND = { id: 1002, uuid: 'second-course-uuid', name: 'Second course', fullSlug: 'courses/second' };
const session = (n: number, course = FIRST) =>
  aSessionStory({
    id: 2000 + n,
    uuid: `session-${n}`,
    name: `Session ${n}`,
    fullSlug: `${course.fullSlug}/s${n}`,
    courseUuid: course.uuid,
  });
let accounts = 0;

/** Storyblok edits driven through the real webhook, and a user's progress through the real API. */
describe(`course progress as content changes, on ${databaseKinds.at(-1)}`, () => {
  const { t, storyblok, deliver } = useStoryblokApp({ secret: SECRET, kind: databaseKinds.at(-1) });
  let user: SignedInUser;

  const webhook = async (action: string, storyId: number) => {
    const res = await deliver({ action, story_id: storyId });
    expect(res.status).toBe(201);
  };
  const progress = async (path: string, storyblokId: number) => {
    const res = await t.app.request(
      `/api/v1/session-user${path}`,
      jsonRequest('POST', { storyblokId }, bearer(user.token)),
    );
    expect(res.status).toBe(201);
    return json(res);
  };
  const summary = (course: {
    name: string;
    completed: boolean;
    sessions: { name: string; completed: boolean }[];
  }) => ({
    name: course.name,
    completed: course.completed,
    sessions: course.sessions.map((s) => `${s.name}:${s.completed ? 'C' : 'S'}`),
  });

  beforeEach(async () => {
    user = await signedInUser(t.database.orm, `course-progress-http-${(accounts += 1)}@example.org`);
    for (const story of [aCourseStory(FIRST), aCourseStory(SECOND), session(1), session(2), session(3)]) {
      storyblok.putStory(story);
      await webhook('published', story.id);
    }
  });

  it('completes a course on the next progress call after its last missing session is unpublished', async () => {
    await progress('/complete', 2001);
    expect((await progress('/complete', 2002)).completed).toBe(false);
    await webhook('unpublished', 2003);
    expect((await progress('', 2001)).completed).toBe(true);
    await webhook('deleted', 2002);
    expect((await progress('/incomplete', 2001)).completed).toBe(false);
  });

  it('moves a completed session’s progress to its new course, where it counts, and unblocks the old one', async () => {
    await progress('/complete', 2001);
    await progress('/complete', 2002);
    storyblok.putStory(session(3, SECOND));
    await webhook('moved', 2003);
    expect(summary(await progress('', 2001))).toEqual({
      name: 'First course',
      completed: true,
      sessions: ['Session 1:C', 'Session 2:C'],
    });

    storyblok.putStory(session(2, SECOND));
    await webhook('moved', 2002);
    expect(summary(await progress('/complete', 2003))).toEqual({
      name: 'Second course',
      completed: true,
      sessions: ['Session 2:C', 'Session 3:C'],
    });
    const rows = await t.database.orm.em.getConnection().execute(`select count(*) as n from "session_user"`);
    expect(Number(rows[0].n)).toBe(3);
  });
});
