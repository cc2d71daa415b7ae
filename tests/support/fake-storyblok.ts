import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A story in the shape Storyblok's content delivery API sends it. */
export interface StoryblokStory {
  id: number;
  uuid: string;
  name: string;
  slug: string;
  full_slug: string;
  content: { component: string; _uid: string; [field: string]: unknown };
  created_at: string;
  published_at: string;
  first_published_at: string;
  [field: string]: unknown;
}

export interface RecordedStoryblokRequest {
  method: string;
  /** As received, still percent-encoded, e.g. `/v2/cdn/stories/a%2Fb`. */
  path: string;
  query: Record<string, string>;
}

type Behaviour = { mode: 'normal' } | { mode: 'hang' } | { mode: 'answer'; status: number; body: string };

const STORIES_PATH = /^\/v2\/cdn\/stories\/([^/]+)$/;

/**
 * Loopback stand-in for Storyblok's content delivery API (`GET /v2/cdn/stories/{id|uuid|full_slug}`).
 * It records every request and checks the `token` query parameter like the real one.
 */
export class FakeStoryblok {
  readonly requests: RecordedStoryblokRequest[] = [];
  private readonly stories = new Map<number, StoryblokStory>();
  private behaviour: Behaviour = { mode: 'normal' };

  private constructor(
    private readonly server: Server,
    /** Pass this as STORYBLOK_API_URL. */
    readonly url: string,
    readonly token: string,
  ) {}

  static async start(options: { token?: string } = {}): Promise<FakeStoryblok> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeStoryblok(
      server,
      `http://127.0.0.1:${port}/v2`,
      options.token ?? 'fake-storyblok-token',
    );
    server.on('request', (request, response) => fake.handle(request, response));
    return fake;
  }

  putStory(story: StoryblokStory): void {
    this.stories.set(story.id, story);
  }

  removeStory(id: number): void {
    this.stories.delete(id);
  }

  /** From now on requests are received and recorded but never answered. */
  hang(): void {
    this.behaviour = { mode: 'hang' };
  }

  /** From now on every request gets this status. */
  failWith(status: number, body = JSON.stringify({ error: 'Something went wrong' })): void {
    this.behaviour = { mode: 'answer', status, body };
  }

  /** From now on every request gets this exact body with status 200. */
  answerWith(body: string): void {
    this.behaviour = { mode: 'answer', status: 200, body };
  }

  /** Forgets stories, requests and any hang or failure. */
  reset(): void {
    this.stories.clear();
    this.requests.length = 0;
    this.behaviour = { mode: 'normal' };
  }

  async stop(): Promise<void> {
    // Hanging requests would otherwise keep close() waiting forever.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({ method: request.method ?? 'GET', path: url.pathname, query });

    const behaviour = this.behaviour;
    if (behaviour.mode === 'hang') return;
    if (behaviour.mode === 'answer') return send(response, behaviour.status, behaviour.body);
    if (query.token !== this.token) return sendJson(response, 401, { error: 'Unauthorized' });

    const key = STORIES_PATH.exec(url.pathname)?.[1];
    if (request.method !== 'GET' || key === undefined)
      return sendJson(response, 404, ['This record could not be found']);
    const story = this.find(decodeURIComponent(key), query.find_by);
    if (!story) return sendJson(response, 404, ['This record could not be found']);
    sendJson(response, 200, { story, cv: 1764000000, rels: [], links: [] });
  }

  private find(key: string, findBy: string | undefined): StoryblokStory | undefined {
    const all = [...this.stories.values()];
    if (findBy === 'uuid') return all.find((story) => story.uuid === key);
    if (/^\d+$/.test(key)) return this.stories.get(Number(key));
    return all.find((story) => story.full_slug === key);
  }
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, JSON.stringify(body));
}

const DEFAULT_COURSE = {
  id: 1001,
  uuid: '3f2b8c1e-6d4a-4e1b-9a7c-0c1d2e3f4a01',
  name: 'Healing from sexual trauma',
  fullSlug: 'courses/healing-from-sexual-trauma',
};

export interface CourseStoryFields {
  id?: number;
  uuid?: string;
  name?: string;
  fullSlug?: string;
  /** Partner names as editors pick them; 'Public' means open to everyone. */
  includedForPartners?: string[];
}

export function aCourseStory(fields: CourseStoryFields = {}): StoryblokStory {
  const { includedForPartners = ['Public'], ...identity } = fields;
  return aStory(
    { ...DEFAULT_COURSE, ...identity },
    { component: 'Course', included_for_partners: includedForPartners },
  );
}

export interface SessionStoryFields {
  id?: number;
  uuid?: string;
  name?: string;
  fullSlug?: string;
  /** Storyblok's `content.course`: the uuid of the course story. Defaults to aCourseStory()'s. */
  courseUuid?: string;
  component?: 'Session' | 'session_iba';
}

export function aSessionStory(fields: SessionStoryFields = {}): StoryblokStory {
  const { courseUuid = DEFAULT_COURSE.uuid, component = 'Session', ...identity } = fields;
  const defaults = {
    id: 2001,
    uuid: '7a9d4e2f-1b3c-4d5e-8f60-7182a3b4c501',
    name: 'What is sexual trauma?',
    fullSlug: `${DEFAULT_COURSE.fullSlug}/what-is-sexual-trauma`,
  };
  return aStory({ ...defaults, ...identity }, { component, course: courseUuid });
}

export interface ResourceStoryFields {
  id?: number;
  uuid?: string;
  name?: string;
  fullSlug?: string;
  component?: 'resource_short_video' | 'resource_single_video' | 'resource_conversation';
}

/** A resource story (SPEC 13.2): a short video unless `component` says otherwise. */
export function aResourceStory(fields: ResourceStoryFields = {}): StoryblokStory {
  const { component = 'resource_short_video', ...identity } = fields;
  const defaults = {
    id: 3001,
    uuid: '9c1e2d3f-4a5b-4c6d-8e7f-8091a2b3c401',
    name: 'Grounding in five minutes',
    fullSlug: 'shorts/grounding-in-five-minutes',
  };
  return aStory({ ...defaults, ...identity }, { component });
}

function aStory(
  { id, uuid, name, fullSlug }: { id: number; uuid: string; name: string; fullSlug: string },
  content: { component: string; [field: string]: unknown },
): StoryblokStory {
  return {
    id,
    uuid,
    name,
    slug: fullSlug.split('/').at(-1) ?? fullSlug,
    full_slug: fullSlug,
    content: { _uid: `uid-${uuid}`, ...content },
    created_at: '2026-10-01T09:00:00.000Z',
    published_at: '2026-11-01T09:00:00.000Z',
    first_published_at: '2026-10-02T09:00:00.000Z',
    lang: 'default',
    is_startpage: false,
    tag_list: [],
  };
}
