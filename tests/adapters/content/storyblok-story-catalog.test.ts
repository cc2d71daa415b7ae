import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoryblokStoryCatalog } from '../../../src/adapters/content/storyblok-story-catalog.js';
import { FakeStoryblok, aCourseStory, aSessionStory } from '../../support/fake-storyblok.js';

const TOKEN = 'sb-secret-token-7f3a91';

let storyblok: FakeStoryblok;
let catalog: StoryblokStoryCatalog;

beforeAll(async () => {
  storyblok = await FakeStoryblok.start({ token: TOKEN });
  catalog = new StoryblokStoryCatalog({ apiUrl: storyblok.url, token: TOKEN, timeoutMs: 300 });
});
afterAll(() => storyblok.stop());
beforeEach(() => storyblok.reset());

/** A loopback server answering every request with `answer`; it counts the requests it got. */
async function aServer(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  let hits = 0;
  const server = createServer((request, response) => {
    hits += 1;
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    get hits() {
      return hits;
    },
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function failureOf(lookup: Promise<unknown>): Promise<{ code: string; text: string }> {
  const error = await lookup.then(
    () => expect.fail('expected the lookup to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  const { code, message, stack } = error as Error & { code: string };
  return { code, text: `${message}\n${stack}` };
}

describe('StoryblokStoryCatalog', () => {
  it('finds a published story by id', async () => {
    storyblok.putStory(aCourseStory({ id: 11, includedForPartners: ['Public', 'Bumble'] }));

    const story = await catalog.lookup().storyById(11);

    expect(story).toMatchObject({
      id: 11,
      uuid: aCourseStory().uuid,
      name: 'Healing from sexual trauma',
      fullSlug: 'courses/healing-from-sexual-trauma',
      component: 'Course',
    });
    expect(story.content.included_for_partners).toEqual(['Public', 'Bumble']);
    expect(storyblok.requests).toEqual([
      { method: 'GET', path: '/v2/cdn/stories/11', query: { token: TOKEN, version: 'published' } },
    ]);
  });

  it('finds a published story by uuid', async () => {
    storyblok.putStory(
      aSessionStory({ uuid: 'session-uuid-1', component: 'session_iba', courseUuid: 'course-1' }),
    );

    const story = await catalog.lookup().storyByUuid('session-uuid-1');

    expect(story).toMatchObject({ uuid: 'session-uuid-1', component: 'session_iba' });
    expect(story.content.course).toBe('course-1');
    expect(storyblok.requests[0]?.query).toEqual({ find_by: 'uuid', token: TOKEN, version: 'published' });
  });

  it('encodes the uuid in the path', async () => {
    const uuid = 'a/b c?d#e&token=x';
    storyblok.putStory(aSessionStory({ id: 31, uuid }));

    await expect(catalog.lookup().storyByUuid(uuid)).resolves.toMatchObject({ id: 31, uuid });
    expect(storyblok.requests[0]?.path).toBe(`/v2/cdn/stories/${encodeURIComponent(uuid)}`);
    expect(storyblok.requests[0]?.query.token).toBe(TOKEN);
  });

  it('says STORY_NOT_FOUND when Storyblok has no such story', async () => {
    storyblok.putStory(aCourseStory({ id: 12 }));
    storyblok.removeStory(12);

    expect((await failureOf(catalog.lookup().storyById(12))).code).toBe('STORY_NOT_FOUND');
    expect((await failureOf(catalog.lookup().storyByUuid('nope'))).code).toBe('STORY_NOT_FOUND');
  });

  it('says STORYBLOK_UNAVAILABLE when Storyblok fails', async () => {
    storyblok.failWith(500);

    expect((await failureOf(catalog.lookup().storyById(1))).code).toBe('STORYBLOK_UNAVAILABLE');
  });

  it('says STORYBLOK_UNAVAILABLE when the token is refused', async () => {
    storyblok.putStory(aCourseStory({ id: 13 }));
    const wrongToken = new StoryblokStoryCatalog({ apiUrl: storyblok.url, token: 'wrong-token-5e1' });

    const { code, text } = await failureOf(wrongToken.lookup().storyById(13));

    expect(code).toBe('STORYBLOK_UNAVAILABLE');
    expect(text).not.toContain('wrong-token-5e1');
  });

  it('says STORYBLOK_UNAVAILABLE without asking when no token is configured', async () => {
    const noToken = new StoryblokStoryCatalog({ apiUrl: storyblok.url, token: null });

    expect((await failureOf(noToken.lookup().storyById(1))).code).toBe('STORYBLOK_UNAVAILABLE');
    expect(storyblok.requests).toEqual([]);
  });

  it('gives up with STORYBLOK_UNAVAILABLE when Storyblok does not answer in time', async () => {
    storyblok.hang();
    const started = performance.now();

    const { code, text } = await failureOf(catalog.lookup().storyById(1));

    expect(code).toBe('STORYBLOK_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text).not.toContain(TOKEN);
  });

  it('waits 5 s by default', () => {
    expect(new StoryblokStoryCatalog({ apiUrl: storyblok.url, token: TOKEN }).timeoutMs).toBe(5000);
  });

  it('says STORYBLOK_UNAVAILABLE when Storyblok cannot be reached', async () => {
    const gone = await FakeStoryblok.start({ token: TOKEN });
    await gone.stop();
    const unreachable = new StoryblokStoryCatalog({ apiUrl: gone.url, token: TOKEN, timeoutMs: 300 });

    const { code, text } = await failureOf(unreachable.lookup().storyById(1));

    expect(code).toBe('STORYBLOK_UNAVAILABLE');
    expect(text).not.toContain(TOKEN);
  });

  it.each([
    ['not JSON', '<html>Bad gateway</html>'],
    ['no story', '{"stories":[]}'],
    ['a story with a string id', JSON.stringify({ story: { ...aCourseStory(), id: '1001' } })],
    [
      'a name longer than its column',
      JSON.stringify({ story: { ...aCourseStory(), name: 'n'.repeat(256) } }),
    ],
    [
      'a slug longer than its column',
      JSON.stringify({ story: { ...aCourseStory(), full_slug: 's'.repeat(256) } }),
    ],
    ['a uuid longer than its column', JSON.stringify({ story: { ...aCourseStory(), uuid: 'u'.repeat(65) } })],
    ['a NUL in the name', JSON.stringify({ story: { ...aCourseStory(), name: 'a\u0000b' } })],
    [
      'a lone surrogate in a partner name',
      JSON.stringify({ story: aCourseStory({ includedForPartners: ['Bumble\ud800'] }) }),
    ],
  ])('says STORYBLOK_UNAVAILABLE when the body has %s', async (_, body) => {
    storyblok.answerWith(body);

    const { code, text } = await failureOf(catalog.lookup().storyById(1001));

    expect(code).toBe('STORYBLOK_UNAVAILABLE');
    expect(text).not.toContain(TOKEN);
  });

  it('reads a story without a component as one of no kind', async () => {
    storyblok.answerWith(JSON.stringify({ story: { ...aCourseStory(), content: { _uid: 'x' } } }));

    await expect(catalog.lookup().storyById(1001)).resolves.toMatchObject({ id: 1001, component: null });
  });

  it('gives all the fetches of one lookup a single deadline', async () => {
    // Each answer takes 200 ms: the second fetch of a 300 ms lookup runs out of time.
    const slow = await aServer((_, response) => {
      setTimeout(() => response.end(JSON.stringify({ story: aCourseStory() })), 200);
    });
    const lookup = new StoryblokStoryCatalog({ apiUrl: slow.url, token: TOKEN, timeoutMs: 300 }).lookup();
    const started = performance.now();

    await expect(lookup.storyById(1001)).resolves.toMatchObject({ id: 1001 });
    expect((await failureOf(lookup.storyByUuid(aCourseStory().uuid))).code).toBe('STORYBLOK_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(380);
    await slow.stop();
  });

  it('refuses to follow a redirect, which would carry the token elsewhere', async () => {
    const elsewhere = await aServer((_, response) => response.end(JSON.stringify({ story: aCourseStory() })));
    const redirecting = await aServer((_, response) =>
      response.writeHead(302, { location: `${elsewhere.url}/cdn/stories/1001` }).end(),
    );
    const lookup = new StoryblokStoryCatalog({ apiUrl: redirecting.url, token: TOKEN }).lookup();

    const { code, text } = await failureOf(lookup.storyById(1001));

    expect(code).toBe('STORYBLOK_UNAVAILABLE');
    expect(text).not.toContain(TOKEN);
    expect(elsewhere.hits).toBe(0);
    await Promise.all([elsewhere.stop(), redirecting.stop()]);
  });

  it('never puts the token in an error message', async () => {
    storyblok.failWith(503, JSON.stringify({ error: `bad token ${TOKEN}` }));

    const { text } = await failureOf(catalog.lookup().storyByUuid('some-uuid'));

    expect(text).not.toContain(TOKEN);
  });
});
