import { createClient } from '@redis/client';
import { RedisStore, type ClientRateLimitInfo, type HonoConfigType, type Store } from 'hono-rate-limiter';
import type { Logger } from 'pino';
import { domainError } from '../../domain/shared/domain-error.js';
import type { AppEnv } from '../http/app-env.js';

/** The shared budget store cannot be reached: no request is let through uncounted. */
export class RateLimitStoreUnavailable extends domainError('unavailable', 'SERVICE_UNAVAILABLE') {}

/**
 * `connected()` says whether the client was ever ready: before that a failure ends the attempt
 * (start-up fails with a clear message); afterwards the client keeps reconnecting.
 */
const newClient = (url: string, connected: () => boolean) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries: number, cause: Error) =>
        connected() ? Math.min(retries * 200, 2_000) : cause,
    },
  });
type Client = ReturnType<typeof newClient>;

/**
 * Rate-limit budgets in Redis (hono-rate-limiter's own `RedisStore`, whose counting is one Lua
 * script per hit), so several API processes share them. Commands are not queued while Redis
 * is unreachable: the request fails at once with 503 (fail closed) and the client reconnects
 * in the background.
 */
export class RedisRateLimitStores {
  private constructor(
    private readonly client: Client,
    private readonly keyPrefix: string,
  ) {}

  static async connect(url: string, keyPrefix: string, logger: Logger): Promise<RedisRateLimitStores> {
    let healthy = false;
    let everReady = false;
    const client = newClient(url, () => everReady);
    // The URL may hold a password: log the error code only, once per outage.
    client.on('error', (error: unknown) => {
      if (healthy) logger.warn({ code: codeOf(error) }, 'rate-limit store (Redis) unreachable');
      healthy = false;
    });
    client.on('ready', () => {
      if (!healthy) logger.info('rate-limit store (Redis) connected');
      healthy = true;
      everReady = true;
    });
    try {
      await client.connect();
    } catch (error) {
      throw new Error(`REDIS_URL: Redis did not answer (${codeOf(error)})`, { cause: error });
    }
    return new RedisRateLimitStores(client, keyPrefix);
  }

  /** A store for one budget (each has its own window length). */
  store(): Store<AppEnv> {
    const client = this.client;
    const redis = new RedisStore<AppEnv>({
      prefix: this.keyPrefix,
      client: {
        scriptLoad: (script) => client.scriptLoad(script),
        evalsha: async <TArgs extends unknown[], TData = unknown>(
          sha1: string,
          keys: string[],
          args: TArgs,
        ) => (await client.evalSha(sha1, { keys, arguments: args.map(String) })) as TData,
        decr: (key) => client.decr(key),
        del: (key) => client.del(key),
      },
    });
    return new FailClosedStore(redis);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}

/** Turns a store failure into a 503 rather than a 500 (and never into "not counted"). */
class FailClosedStore implements Store<AppEnv> {
  readonly prefix: string;
  constructor(private readonly inner: RedisStore<AppEnv>) {
    this.prefix = inner.prefix;
  }
  init(options: HonoConfigType<AppEnv>): void {
    this.inner.init(options);
  }
  increment(key: string): Promise<ClientRateLimitInfo> {
    return guarded(() => this.inner.increment(key));
  }
  decrement(key: string): Promise<void> {
    return guarded(() => this.inner.decrement(key));
  }
  resetKey(key: string): Promise<void> {
    return guarded(() => this.inner.resetKey(key));
  }
}

async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    throw new RateLimitStoreUnavailable();
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}
