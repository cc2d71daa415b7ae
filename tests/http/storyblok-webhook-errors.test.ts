import { describe, expect, it } from 'vitest';
import { StoryblokStoryCatalog } from '../../src/adapters/content/storyblok-story-catalog.js';
import { StoryCatalog } from '../../src/domain/content/story-catalog.js';
import { aCourseStory, aSessionStory } from '../support/fake-storyblok.js';
import { insertPartner } from '../support/fixtures.js';
import { databaseKinds } from '../support/test-database.js';
import {
  STORYBLOK_WEBHOOK_URL as URL,
  storyblokSignature,
  useStoryblokApp,
} from '../support/storyblok-app.js';
import { json, useTestApplication } from '../support/test-app.js';

const SECRET = 'storyblok-webhook-errors-test-secret';
const sign = (raw: string, secret = SECRET) => storyblokSignature(raw, secret);

/** What the webhook refuses: bad signatures, bad bodies, and Storyblok failing or not knowing the story. */
describe(`POST ${URL} refusals on ${databaseKinds.at(-1)}`, () => {
  const { storyblok, deliver, snapshot } = useStoryblokApp({
    secret: SECRET,
    kind: databaseKinds.at(-1),
    // A short timeout keeps the hanging-Storyblok test quick; the production default is 5 s.
    override: (fake) => (container) =>
      container.register(StoryCatalog, {
        useValue: new StoryblokStoryCatalog({ apiUrl: fake.url, token: fake.token, timeoutMs: 300 }),
      }),
  });
  const nothingWritten = async () =>
    expect(await snapshot()).toEqual({ courses: [], sessions: [], partners: [] });

  it('answers 401 INVALID_SIGNATURE before looking at a body carrying a NUL character', async () => {
    const raw = '{"action":"published","story_id":1001,"text":"a\\u0000"}';
    const unsigned = await deliver(raw, null);
    expect([unsigned.status, (await json(unsigned)).message]).toEqual([401, 'INVALID_SIGNATURE']);
    const signed = await deliver(raw, sign(raw));
    expect([signed.status, (await json(signed)).message]).toEqual([400, 'VALIDATION_FAILED']);
    await nothingWritten();
  });

  it('answers 401 INVALID_SIGNATURE for a missing or wrong signature, before reading the body', async () => {
    storyblok.putStory(aCourseStory());
    const raw = JSON.stringify({ action: 'published', story_id: 1001 });
    const reformatted = JSON.stringify({ story_id: 1001, action: 'published' });
    for (const [body, signature] of [
      [raw, null],
      [raw, ''],
      [raw, sign(raw, 'another-secret')],
      [raw, sign(raw).toUpperCase()],
      [reformatted, sign(raw)],
      ['{not json', 'abc'],
    ] as const) {
      const res = await deliver(body, signature);
      expect(res.status).toBe(401);
      expect(await json(res)).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'INVALID_SIGNATURE',
      });
    }
    expect(storyblok.requests).toEqual([]);
    await nothingWritten();
  });

  it('answers 400 VALIDATION_FAILED for a signed body that is not a webhook', async () => {
    for (const body of [
      '{not json',
      '[]',
      { action: 'published' },
      { action: 'published', story_id: '1001' },
      { story_id: 1 },
    ]) {
      const res = await deliver(body);
      expect(res.status).toBe(400);
      expect((await json(res)).message).toBe('VALIDATION_FAILED');
    }
    await nothingWritten();
  });

  it('answers 502 STORYBLOK_UNAVAILABLE when Storyblok hangs or fails, 404 STORY_NOT_FOUND when it has no story', async () => {
    const missing = await deliver({ action: 'published', story_id: 1001 });
    expect(missing.status).toBe(404);
    expect((await json(missing)).message).toBe('STORY_NOT_FOUND');

    storyblok.putStory(aSessionStory());
    const missingCourse = await deliver({ action: 'published', story_id: 2001 });
    expect(missingCourse.status).toBe(404);

    storyblok.hang();
    const hanging = await deliver({ action: 'published', story_id: 2001 });
    expect(hanging.status).toBe(502);
    expect(await json(hanging)).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'STORYBLOK_UNAVAILABLE',
    });
    storyblok.failWith(500);
    expect((await deliver({ action: 'moved', story_id: 2001 })).status).toBe(502);
    await nothingWritten();
  });
});

describe(`POST ${URL} edge cases on ${databaseKinds.at(-1)}`, () => {
  const { t, storyblok, deliver, rows } = useStoryblokApp({ secret: SECRET, kind: databaseKinds.at(-1) });

  it('ignores other events, which carry no story_id, and needs one for story actions', async () => {
    for (const body of [{ action: 'release_merged', release_id: 5 }, { action: 'branch_deployed' }]) {
      const res = await deliver(body);
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ result: 'ignored' });
    }
    for (const action of ['published', 'unpublished', 'deleted', 'moved']) {
      const res = await deliver({ action });
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({
        message: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path: 'story_id' })],
      });
    }
  });

  it('ignores a story without a component; a story too long to store is 502 STORYBLOK_UNAVAILABLE', async () => {
    storyblok.putStory({ ...aCourseStory({ id: 4001 }), content: { _uid: 'no-component' } } as never);
    const ignored = await deliver({ action: 'published', story_id: 4001 });
    expect(ignored.status).toBe(200);
    expect(await json(ignored)).toEqual({ result: 'ignored' });

    storyblok.putStory(aCourseStory({ name: 'n'.repeat(256) }));
    storyblok.putStory(aSessionStory({ uuid: 'u'.repeat(65) }));
    for (const story_id of [1001, 2001]) {
      const res = await deliver({ action: 'published', story_id });
      expect(res.status).toBe(502);
      expect((await json(res)).message).toBe('STORYBLOK_UNAVAILABLE');
    }
    expect(await rows(`select id from course`)).toEqual([]);
  });

  it('answers 409 STORY_CONFLICT for a story whose uuid is stored under another id, writing nothing', async () => {
    storyblok.putStory(aCourseStory());
    storyblok.putStory(aSessionStory());
    expect((await deliver({ action: 'published', story_id: 2001 })).status).toBe(201);
    storyblok.putStory(aCourseStory({ id: 1002 }));
    storyblok.putStory(aSessionStory({ id: 2002 }));

    for (const story_id of [1002, 2002]) {
      const res = await deliver({ action: 'published', story_id });
      expect(res.status).toBe(409);
      expect(await json(res)).toEqual({ statusCode: 409, error: 'Conflict', message: 'STORY_CONFLICT' });
    }
    const ids = [
      ...(await rows(`select storyblok_id from course`)),
      ...(await rows(`select storyblok_id from session`)),
    ];
    expect(ids.map((row: { storyblok_id: string }) => Number(row.storyblok_id))).toEqual([1001, 2001]);
  });

  it('matches partner names exactly, case aside, without trimming them', async () => {
    const bumble = await insertPartner(t.database.orm, { name: 'Bumble' });
    await insertPartner(t.database.orm, { name: 'Badoo' });
    storyblok.putStory(aCourseStory({ includedForPartners: ['bUMBLE', ' Badoo', 'Badoo '] }));

    expect((await deliver({ action: 'published', story_id: 1001 })).status).toBe(201);
    expect(await rows(`select partner_id, active from course_partner`)).toEqual([
      { partner_id: bumble, active: true },
    ]);
  });
});

describe('POST /api/webhooks/storyblok without STORYBLOK_WEBHOOK_SECRET', () => {
  const t = useTestApplication();

  it('answers 401 INVALID_SIGNATURE to everything', async () => {
    const raw = JSON.stringify({ action: 'published', story_id: 1001 });
    for (const signature of [sign(raw), sign(raw, '')]) {
      const res = await t.app.request(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'webhook-signature': signature },
        body: raw,
      });
      expect(res.status).toBe(401);
      expect((await json(res)).message).toBe('INVALID_SIGNATURE');
    }
  });
});
