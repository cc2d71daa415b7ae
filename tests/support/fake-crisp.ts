import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person as the fake keeps it: Crisp's base profile and people data. */
export interface CrispPerson {
  email: string;
  person: { nickname?: string; locales?: string[] };
  segments: string[];
  data: Record<string, unknown>;
}

export interface RecordedCrispRequest {
  method: string;
  /** As received, still percent-encoded. */
  path: string;
  body: unknown;
}

type Mode =
  | { kind: 'normal' }
  | { kind: 'fail'; status: number; only: RegExp | null }
  | { kind: 'drop' }
  | { kind: 'hang' };

const PROFILE = /^\/v1\/website\/([^/]+)\/people\/profile$/;
const PERSON = /^\/v1\/website\/([^/]+)\/people\/(profile|data)\/([^/]+)$/;

/**
 * Loopback stand-in for Crisp's REST API, as far as the people directory goes: create a
 * profile (`people_exists` when there is one), update a profile (renaming it when the body
 * names another email), and merge people data, which must come wrapped as `{ data: {…} }`
 * like the real API wants. It checks the plugin-tier credentials, keeps one person per email,
 * and fails on demand: a status for every request, dropped connections, no answer, or slow answers.
 */
export class FakeCrisp {
  readonly requests: RecordedCrispRequest[] = [];
  readonly people = new Map<string, CrispPerson>();
  private mode: Mode = { kind: 'normal' };
  private delayMs = 0;
  private readonly inFlight = new Map<string, number>();
  /** The most requests for one person the fake was ever answering at the same time. */
  maxConcurrentPerPerson = 0;

  private constructor(
    private readonly server: Server,
    /** Pass this as CRISP_API_URL. */
    readonly url: string,
  ) {}

  static readonly websiteId = 'fake-website-id';
  static readonly pluginId = 'fake-plugin-id';
  static readonly pluginKey = 'fake-plugin-key';

  /** CRISP_* variables pointing the app at this fake. */
  get env(): Record<string, string> {
    return {
      CRISP_API_URL: this.url,
      CRISP_WEBSITE_ID: FakeCrisp.websiteId,
      CRISP_PLUGIN_ID: FakeCrisp.pluginId,
      CRISP_PLUGIN_KEY: FakeCrisp.pluginKey,
    };
  }

  static async start(): Promise<FakeCrisp> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeCrisp(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => void fake.handle(request, response));
    return fake;
  }

  /**
   * Every request from now on (or those whose path matches `only`) answers `status` (500 by
   * default) with Crisp's error shape.
   */
  failWith(status = 500, only: RegExp | null = null): void {
    this.mode = { kind: 'fail', status, only };
  }

  /** Every request from now on has its connection destroyed without an answer. */
  dropConnections(): void {
    this.mode = { kind: 'drop' };
  }

  /** Requests from now on are received and never answered. */
  hang(): void {
    this.mode = { kind: 'hang' };
  }

  /** Answers wait this long (0: none). */
  slowDown(ms: number): void {
    this.delayMs = ms;
  }

  /** Back to normal answers (people kept). */
  recover(): void {
    this.mode = { kind: 'normal' };
    this.delayMs = 0;
  }

  /** Forgets people, requests, failures and delays. */
  reset(): void {
    this.recover();
    this.people.clear();
    this.requests.length = 0;
    this.maxConcurrentPerPerson = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJson(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    this.requests.push({ method: request.method ?? 'GET', path: url.pathname, body });
    const mode = this.mode;
    if (mode.kind === 'hang') return;
    if (mode.kind === 'drop') return void request.socket.destroy();
    if (mode.kind === 'fail' && (!mode.only || mode.only.test(url.pathname)))
      return reply(response, mode.status, 'internal_error');
    const key = personKey(url.pathname, body);
    this.enter(key);
    try {
      if (this.delayMs > 0) await new Promise((wake) => setTimeout(wake, this.delayMs));
      const [status, reason] = this.answer(request, url.pathname, body);
      reply(response, status, reason);
    } finally {
      this.leave(key);
    }
  }

  private answer(request: IncomingMessage, path: string, body: unknown): [number, string] {
    const expected = `Basic ${Buffer.from(`${FakeCrisp.pluginId}:${FakeCrisp.pluginKey}`).toString('base64')}`;
    if (request.headers.authorization !== expected || request.headers['x-crisp-tier'] !== 'plugin')
      return [401, 'invalid_session'];
    const created = PROFILE.exec(path);
    if (created && request.method === 'POST') {
      if (created[1] !== FakeCrisp.websiteId) return [404, 'website_not_found'];
      return this.create(body as Partial<CrispPerson>);
    }
    const match = PERSON.exec(path);
    if (!match || request.method !== 'PATCH') return [404, 'not_found'];
    const [, websiteId, what, encoded] = match as unknown as [string, string, string, string];
    if (websiteId !== FakeCrisp.websiteId) return [404, 'website_not_found'];
    const person = this.people.get(decodeURIComponent(encoded));
    if (!person) return [404, 'people_not_found'];
    return what === 'profile' ? this.update(person, body as Partial<CrispPerson>) : mergeData(person, body);
  }

  private create(card: Partial<CrispPerson>): [number, string] {
    if (typeof card.email !== 'string') return [400, 'invalid_data'];
    if (this.people.has(card.email)) return [409, 'people_exists'];
    this.people.set(card.email, {
      email: card.email,
      person: card.person ?? {},
      segments: card.segments ?? [],
      data: {},
    });
    return [201, 'added'];
  }

  private update(person: CrispPerson, card: Partial<CrispPerson>): [number, string] {
    if (card.email && card.email !== person.email) {
      if (this.people.has(card.email)) return [409, 'people_exists'];
      this.people.delete(person.email);
      person.email = card.email;
      this.people.set(person.email, person);
    }
    if (card.person) person.person = { ...person.person, ...card.person };
    if (card.segments) person.segments = card.segments;
    return [200, 'updated'];
  }

  private enter(key: string): void {
    const count = (this.inFlight.get(key) ?? 0) + 1;
    this.inFlight.set(key, count);
    this.maxConcurrentPerPerson = Math.max(this.maxConcurrentPerPerson, count);
  }

  private leave(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
  }
}

function mergeData(person: CrispPerson, body: unknown): [number, string] {
  const data = (body as { data?: unknown } | null)?.data;
  // The real API refuses a bare record: this is the bug the reference shipped for months.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [400, 'invalid_data'];
  person.data = { ...person.data, ...data };
  return [200, 'updated'];
}

function personKey(path: string, body: unknown): string {
  const encoded = PERSON.exec(path)?.[3];
  if (encoded) return decodeURIComponent(encoded);
  return String((body as { email?: unknown } | null)?.email ?? '');
}

function reply(response: ServerResponse, status: number, reason: string): void {
  const error = status >= 400;
  response
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ error, reason, data: error ? { message: `fake crisp ${reason}` } : {} }));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
