import autocannon from 'autocannon';
import { sampleRss } from './server.js';

/** One request as the benchmark sends it; `body` is called again for every request when it is a function. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  headers?: Record<string, string>;
  body?: unknown | (() => unknown);
}

export interface Scenario {
  name: string;
  goal: string;
  /** Which server answers: the bare baseline, the small data set or the 1M-user one. */
  target: 'bare' | 'small' | 'large';
  /** The request of connection n (0-based): lets each connection act as its own user. */
  request: (connection: number) => BenchRequest;
  expectStatus: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Answers other than the expected status, transport errors and timeouts. */
  failures: number;
  total: number;
  peakRssMiB: number;
  /** CPU time of the server process per answered request (user + system), in µs. */
  cpuUsPerRequest: number;
}

export const CONNECTIONS = 20;

export function headersOf(request: BenchRequest): Record<string, string> {
  return {
    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    ...request.headers,
  };
}

export function bodyOf(request: BenchRequest): string | undefined {
  if (request.body === undefined) return undefined;
  return JSON.stringify(
    typeof request.body === 'function' ? (request.body as () => unknown)() : request.body,
  );
}

/** Drives `url` with autocannon on loopback (20 connections) while sampling the server's RSS. */
export async function drive(
  url: string,
  scenario: Scenario,
  seconds: number,
  server: { rssMiB(): number; cpuMs(): number },
): Promise<LoadResult> {
  let connection = 0;
  const sampler = sampleRss(() => server.rssMiB());
  const cpuBefore = server.cpuMs();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    setupClient: (client) => {
      const request = scenario.request(connection++);
      const dynamic = typeof request.body === 'function';
      client.setRequests([
        {
          method: request.method,
          path: request.path,
          headers: headersOf(request),
          ...(request.body === undefined ? {} : { body: bodyOf(request) }),
          ...(dynamic ? { setupRequest: (built) => ({ ...built, body: bodyOf(request) }) } : {}),
        },
      ]);
    },
  });
  const peakRssMiB = sampler.stop();
  const cpuMs = server.cpuMs() - cpuBefore;
  const expected = result.statusCodeStats[String(scenario.expectStatus)]?.count ?? 0;
  const answered = Object.values(result.statusCodeStats).reduce((sum, entry) => sum + entry.count, 0);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: answered - expected + result.errors + result.timeouts,
    total: answered,
    peakRssMiB,
    cpuUsPerRequest: answered > 0 ? (cpuMs * 1000) / answered : 0,
  };
}
