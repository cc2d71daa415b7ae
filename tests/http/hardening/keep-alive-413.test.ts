import { request as httpRequest, Agent, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApplication } from '../../support/test-app.js';

const ONE_MIB = 1024 * 1024;

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
  socketId: number;
}

/**
 * SPEC 2: a body over 1 MiB answers 413. The rest of that body must not stay on a keep-alive
 * connection: a client reusing the socket would have its next request reset.
 */
describe('413 on a keep-alive connection', () => {
  const app = useTestApplication();
  let server: ServerType;
  let port: number;
  let agent: Agent;
  const socketIds = new WeakMap<object, number>();
  let nextSocketId = 0;

  beforeAll(async () => {
    server = serve({ fetch: app.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((listening) => server.once('listening', listening));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((closed) => server.close(closed));
  });

  function send(options: {
    path: string;
    method: string;
    body?: Buffer;
    chunked?: boolean;
  }): Promise<Answer> {
    return new Promise((answered, failed) => {
      const headers: Record<string, string | number> = { 'content-type': 'application/json' };
      if (options.body && !options.chunked) headers['content-length'] = options.body.length;
      const req = httpRequest(
        { host: '127.0.0.1', port, path: options.path, method: options.method, agent, headers },
        (res: IncomingMessage) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () =>
            answered({
              status: res.statusCode ?? 0,
              body,
              connection: res.headers.connection,
              socketId: idOf(req.socket),
            }),
          );
        },
      );
      req.on('error', failed);
      if (options.body) {
        if (options.chunked) {
          // Many writes with no length: the server sees a chunked body.
          for (let offset = 0; offset < options.body.length; offset += 64 * 1024)
            req.write(options.body.subarray(offset, offset + 64 * 1024));
        } else {
          req.write(options.body);
        }
      }
      req.end();
    });
  }

  function idOf(socket: object | null): number {
    if (!socket) return -1;
    let id = socketIds.get(socket);
    if (id === undefined) socketIds.set(socket, (id = nextSocketId += 1));
    return id;
  }

  const oversized = () => Buffer.alloc(3 * ONE_MIB, 'a');

  for (const chunked of [false, true]) {
    it(`answers 413 to a ${chunked ? 'chunked' : 'sized'} body over 1 MiB, and the next request on the agent works`, async () => {
      agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const first = await send({ path: '/api/ping', method: 'GET' });
        expect(first.status).toBe(200);
        const tooLarge = await send({
          path: '/api/v1/partner-access/validate-code',
          method: 'POST',
          body: oversized(),
          chunked,
        });
        expect(tooLarge.status).toBe(413);
        expect(JSON.parse(tooLarge.body)).toMatchObject({ statusCode: 413, message: 'PAYLOAD_TOO_LARGE' });
        expect(tooLarge.connection).toBe('close');
        const sockets = new Set<number>();
        for (let i = 0; i < 3; i += 1) {
          const next = await send({ path: '/api/ping', method: 'GET' });
          expect(next.status).toBe(200);
          sockets.add(next.socketId);
        }
        // The refused request's socket is gone; the follow-ups share one fresh keep-alive socket.
        expect(sockets.size).toBe(1);
        expect(sockets.has(tooLarge.socketId)).toBe(false);
      } finally {
        agent.destroy();
      }
    });
  }
});
