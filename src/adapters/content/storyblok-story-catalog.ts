import { z } from 'zod';
import { StoryNotFound, StoryblokUnavailable } from '../../domain/content/content-errors.js';
import type { Story, StoryCatalog, StoryLookup } from '../../domain/content/story-catalog.js';

export interface StoryblokStoryCatalogOptions {
  /** e.g. https://api.storyblok.com/v2 */
  apiUrl: string;
  /** Content delivery token; null when not configured, which makes every lookup fail as unavailable. */
  token: string | null;
  /** The deadline of one lookup (all the fetches of one delivery together). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;

// The bounds are the columns' (course/session name and slug varchar(255), storyblok_uuid
// varchar(64), storyblok_id bigint): a story Bloom cannot store is Storyblok's fault, not the
// webhook body's. A missing or odd `component` is just a story kind Bloom ignores.
const storyResponse = z.object({
  story: z.object({
    id: z.number().int().positive(),
    uuid: z.string().min(1).max(64),
    name: z.string().max(255),
    full_slug: z.string().max(255),
    content: z.looseObject({ component: z.unknown().optional() }),
  }),
});

/**
 * StoryCatalog over Storyblok's content delivery API. The token travels in the query string,
 * so no URL, response or fetch error ever goes into an error message, and redirects are
 * refused rather than followed (they would carry the token elsewhere).
 */
export class StoryblokStoryCatalog implements StoryCatalog {
  readonly timeoutMs: number;
  private readonly apiUrl: string;
  private readonly token: string | null;

  constructor(options: StoryblokStoryCatalogOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  lookup(): StoryLookup {
    const signal = AbortSignal.timeout(this.timeoutMs);
    return {
      storyById: (id) => this.fetchStory(String(id), {}, `story ${id}`, signal),
      storyByUuid: (uuid) => this.fetchStory(uuid, { find_by: 'uuid' }, 'story by uuid', signal),
    };
  }

  private async fetchStory(
    key: string,
    params: Record<string, string>,
    what: string,
    signal: AbortSignal,
  ): Promise<Story> {
    if (!this.token) throw new StoryblokUnavailable('no Storyblok token is configured');
    const url = new URL(`${this.apiUrl}/cdn/stories/${encodeURIComponent(key)}`);
    for (const [name, value] of Object.entries({ ...params, token: this.token, version: 'published' })) {
      url.searchParams.set(name, value);
    }

    let body: unknown;
    try {
      const response = await fetch(url, { signal, redirect: 'error' });
      if (!response.ok) {
        await response.body?.cancel();
        if (response.status === 404) throw new StoryNotFound();
        throw new StoryblokUnavailable(`Storyblok answered ${response.status} for ${what}`);
      }
      body = await response.json();
    } catch (error) {
      if (error instanceof StoryNotFound || error instanceof StoryblokUnavailable) throw error;
      throw new StoryblokUnavailable(`Storyblok ${describeFailure(error)} for ${what}`);
    }

    const parsed = storyResponse.safeParse(body);
    if (!parsed.success || !storable(readByBloom(parsed.data.story)))
      throw new StoryblokUnavailable(`Storyblok sent an unexpected body for ${what}`);
    const { story } = parsed.data;
    const { component } = story.content;
    return {
      id: story.id,
      uuid: story.uuid,
      name: story.name,
      fullSlug: story.full_slug,
      component: typeof component === 'string' && component.length > 0 ? component : null,
      content: story.content,
    };
  }
}

/** The story's strings that Bloom stores or sends to PostgreSQL as query parameters. */
function readByBloom(story: z.infer<typeof storyResponse>['story']): unknown[] {
  const { uuid, name, full_slug, content } = story;
  return [uuid, name, full_slug, content['course'], content['included_for_partners']];
}

/** PostgreSQL text holds no NUL and no lone surrogate. */
function storable(value: unknown): boolean {
  if (typeof value === 'string') return !value.includes('\u0000') && value.isWellFormed();
  if (Array.isArray(value)) return value.every(storable);
  if (value !== null && typeof value === 'object') return Object.values(value).every(storable);
  return true;
}

// Only the failure's category: fetch errors and their causes may carry the URL, token included.
function describeFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timed out';
  if (error instanceof SyntaxError) return 'sent a body that is not JSON';
  return 'could not be reached';
}
