import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/**
 * One request's logger: a child of the app's logger carrying the request id. Most requests
 * write nothing but their request line (request-log.ts), so the child is made on first use.
 */
export class RequestLog {
  private _logger: Logger | undefined;

  constructor(
    private readonly parent: Logger,
    readonly requestId: string,
  ) {}

  get logger(): Logger {
    return (this._logger ??= this.parent.child({ reqId: this.requestId }));
  }
}

// The log of the request being served, for code that has no Hono context to read
// `c.get('requestLog')` from, such as the operations log under a use case.
const store = new AsyncLocalStorage<RequestLog>();

export function runWithRequestLog<T>(log: RequestLog, next: () => Promise<T>): Promise<T> {
  return store.run(log, next);
}

/** The current request's logger; undefined outside a request (start-up, background work). */
export function currentRequestLogger(): Logger | undefined {
  return store.getStore()?.logger;
}
