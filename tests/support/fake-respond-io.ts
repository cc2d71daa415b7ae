import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ContactHook = 'create' | 'delete';

export interface RecordedContactCall {
  hook: ContactHook;
  body: Record<string, unknown>;
  /** The status answered, or null when the fake dropped or held the call. */
  status: number | null;
}

type Mode = { kind: 'normal' } | { kind: 'fail'; status: number } | { kind: 'drop' } | { kind: 'hold' };

/**
 * Loopback stand-in for the two respond.io contact hooks (Zapier "catch hook" URLs): POST
 * `/create` `{ phonenumber, name }` adds the contact, POST `/delete` `{ phonenumber }` removes
 * it; both answer 200. It records every call in order, keeps the contact list, tracks how many
 * calls for one number it was answering at once, and fails on demand: a status, dropped
 * connections, or calls held unanswered until `releaseHeld`.
 */
export class FakeRespondIo {
  readonly calls: RecordedContactCall[] = [];
  readonly contacts = new Map<string, string>();
  /** The most calls for one number the fake was handling at the same time. */
  maxConcurrentPerNumber = 0;
  private mode: Mode = { kind: 'normal' };
  private held: (() => void)[] = [];
  private readonly inFlight = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeRespondIo> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeRespondIo(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => void fake.handle(request, response));
    return fake;
  }

  /** RESPOND_IO_* variables pointing the app at this fake. */
  get env(): Record<string, string> {
    return {
      RESPOND_IO_CREATE_CONTACT_WEBHOOK: `${this.url}/create`,
      RESPOND_IO_DELETE_CONTACT_WEBHOOK: `${this.url}/delete`,
    };
  }

  /** The calls the fake answered with a 2xx, as `hook number`. */
  get delivered(): string[] {
    return this.calls
      .filter((call) => call.status !== null && call.status < 300)
      .map((call) => `${call.hook} ${String(call.body.phonenumber)}`);
  }

  failWith(status: number): void {
    this.mode = { kind: 'fail', status };
  }
  dropConnections(): void {
    this.mode = { kind: 'drop' };
  }
  /** Holds every call unanswered until `releaseHeld` (a delivery caught mid-call). */
  hold(): void {
    this.mode = { kind: 'hold' };
  }
  recover(): void {
    this.mode = { kind: 'normal' };
  }
  /** Answers the held calls normally. */
  releaseHeld(): void {
    this.mode = { kind: 'normal' };
    for (const release of this.held.splice(0)) release();
  }

  reset(): void {
    this.releaseHeld();
    this.calls.length = 0;
    this.contacts.clear();
    this.maxConcurrentPerNumber = 0;
  }

  async stop(): Promise<void> {
    this.releaseHeld();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const hook = request.url === '/create' ? 'create' : request.url === '/delete' ? 'delete' : null;
    if (request.method !== 'POST' || !hook) return void response.writeHead(404).end();
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const call: RecordedContactCall = { hook, body, status: null };
    this.calls.push(call);
    const number = String(body.phonenumber);
    this.inFlight.set(number, (this.inFlight.get(number) ?? 0) + 1);
    this.maxConcurrentPerNumber = Math.max(this.maxConcurrentPerNumber, this.inFlight.get(number) ?? 0);
    try {
      if (this.mode.kind === 'hold') await new Promise<void>((resolve) => this.held.push(resolve));
      if (this.mode.kind === 'drop') return void response.destroy();
      if (this.mode.kind === 'fail') {
        call.status = this.mode.status;
        return void response.writeHead(this.mode.status).end('{"status":"error"}');
      }
      if (hook === 'create') this.contacts.set(number, String(body.name));
      else this.contacts.delete(number);
      call.status = 200;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
    } finally {
      this.inFlight.set(number, (this.inFlight.get(number) ?? 1) - 1);
    }
  }
}
