import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Secret, TOTP } from 'otpauth';

export interface FakeSimplybookBooking {
  id: number;
  code: string;
  /** Personal data, as Simplybook sends it: it must never reach Bloom's logs. */
  client: string;
}

export interface RecordedSimplybookRequest {
  method: string;
  /** Path and query, decoded. */
  url: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}

type Failure = { mode: 'hang' } | { mode: 'answer'; status: number; body: string };

export const FAKE_COMPANY = 'bloomtest';
export const FAKE_LOGIN = 'api-user';
export const FAKE_PASSWORD = 'fake-simplybook-password';
/** Base32, as an authenticator app would show it. */
export const FAKE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Loopback stand-in for Simplybook's REST admin API (SPEC 12.3): login with an optional TOTP
 * second factor, a loose booking search (substring, like the real one), cancellation by id.
 * It records every request, can expire tokens, and fail, hang or answer oddly on demand.
 */
export class FakeSimplybook {
  readonly requests: RecordedSimplybookRequest[] = [];
  readonly bookings = new Map<number, FakeSimplybookBooking>();
  readonly cancelled: number[] = [];
  private readonly tokens = new Set<string>();
  private readonly sessions = new Set<string>();
  private failures: { match: RegExp; failure: Failure }[] = [];
  /** Runs when a cancellation arrives, before it is answered (e.g. Simplybook's own notification). */
  beforeCancel: ((id: number) => Promise<unknown>) | null = null;
  /** Whether the login asks for the TOTP second factor. */
  twoFactor = false;
  logins = 0;

  private constructor(
    private readonly server: Server,
    /** Pass this as SIMPLYBOOK_API_URL. */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSimplybook> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSimplybook(server, `http://127.0.0.1:${port}/admin`);
    server.on('request', (request, response) => void fake.handle(request, response));
    return fake;
  }

  /** The SIMPLYBOOK_* environment pointing at this fake. */
  env(options: { totp?: boolean } = {}): Record<string, string> {
    return {
      SIMPLYBOOK_API_URL: this.url,
      SIMPLYBOOK_COMPANY: FAKE_COMPANY,
      SIMPLYBOOK_LOGIN: FAKE_LOGIN,
      SIMPLYBOOK_PASSWORD: FAKE_PASSWORD,
      ...(options.totp ? { SIMPLYBOOK_TOTP_SECRET: FAKE_TOTP_SECRET } : {}),
    };
  }

  putBooking(booking: FakeSimplybookBooking): void {
    this.bookings.set(booking.id, booking);
  }

  /** Every token issued so far stops working (the next call with one gets 401). */
  expireTokens(): void {
    this.tokens.clear();
  }

  /** Requests whose `METHOD path` matches never get an answer. */
  hangOn(match: RegExp): void {
    this.failures.push({ match, failure: { mode: 'hang' } });
  }

  /** Requests whose `METHOD path` matches get this status and body. */
  failOn(match: RegExp, status: number, body = JSON.stringify({ message: 'Simplybook failed' })): void {
    this.failures.push({ match, failure: { mode: 'answer', status, body } });
  }

  reset(): void {
    this.requests.length = 0;
    this.bookings.clear();
    this.cancelled.length = 0;
    this.tokens.clear();
    this.sessions.clear();
    this.failures = [];
    this.twoFactor = false;
    this.logins = 0;
    this.beforeCancel = null;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await readJson(request);
    const path = decodeURIComponent(url.pathname);
    this.requests.push({
      method: request.method ?? 'GET',
      url: decodeURIComponent(`${url.pathname}${url.search}`),
      headers: {
        'x-company-login': header(request, 'x-company-login'),
        'x-token': header(request, 'x-token'),
        'content-type': header(request, 'content-type'),
      },
      body,
    });
    const failure = this.failures.find(({ match }) => match.test(`${request.method} ${path}`))?.failure;
    if (failure?.mode === 'hang') return;
    if (failure) return send(response, failure.status, failure.body);

    if (request.method === 'POST' && path === '/admin/auth') return this.login(body, response);
    if (request.method === 'POST' && path === '/admin/auth/2fa') return this.secondFactor(body, response);
    const token = header(request, 'x-token');
    if (header(request, 'x-company-login') !== FAKE_COMPANY || !token || !this.tokens.has(token))
      return sendJson(response, 401, { code: 401, message: 'Authentication required' });
    if (request.method === 'GET' && path === '/admin/bookings') {
      const search = url.searchParams.get('filter[search]') ?? '';
      const data = [...this.bookings.values()].filter((booking) => booking.code.includes(search));
      return sendJson(response, 200, { data, metadata: { items_count: data.length } });
    }
    const cancel = /^\/admin\/bookings\/(\d+)$/.exec(path);
    if (request.method === 'DELETE' && cancel) {
      const id = Number(cancel[1]);
      if (!this.bookings.has(id)) return sendJson(response, 404, { code: 404, message: 'Not found' });
      this.cancelled.push(id);
      await this.beforeCancel?.(id);
      return sendJson(response, 200, { id, status: 'canceled' });
    }
    sendJson(response, 404, { code: 404, message: 'Not found' });
  }

  private login(body: unknown, response: ServerResponse): void {
    const { company, login, password } = (body ?? {}) as Record<string, unknown>;
    if (company !== FAKE_COMPANY || login !== FAKE_LOGIN || password !== FAKE_PASSWORD)
      return sendJson(response, 403, { code: 403, message: 'Invalid login or password' });
    if (!this.twoFactor) return sendJson(response, 200, { token: this.issue(), company, login });
    const session = randomUUID();
    this.sessions.add(session);
    sendJson(response, 200, { require2fa: true, auth_session_id: session, allowed2fa_providers: ['ga'] });
  }

  private secondFactor(body: unknown, response: ServerResponse): void {
    const { company, session_id: session, type, code } = (body ?? {}) as Record<string, unknown>;
    const secret = Secret.fromBase32(FAKE_TOTP_SECRET);
    const valid =
      typeof code === 'string' &&
      TOTP.validate({ token: code, secret, algorithm: 'SHA1', digits: 6, period: 30, window: 1 }) !== null;
    if (
      company !== FAKE_COMPANY ||
      type !== 'ga' ||
      typeof session !== 'string' ||
      !this.sessions.delete(session) ||
      !valid
    )
      return sendJson(response, 403, { code: 403, message: 'Invalid code' });
    sendJson(response, 200, { token: this.issue() });
  }

  private issue(): string {
    this.logins += 1;
    const token = randomUUID();
    this.tokens.add(token);
    return token;
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return text;
  }
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, JSON.stringify(body));
}
