import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

// The logger of the request being served (a child carrying its id), for code that has no Hono
// context to read `c.get('log')` from, such as the operations log under a use case.
const store = new AsyncLocalStorage<Logger>();

export function runWithRequestLogger<T>(log: Logger, next: () => Promise<T>): Promise<T> {
  return store.run(log, next);
}

/** The current request's logger; undefined outside a request (start-up, background work). */
export function currentRequestLogger(): Logger | undefined {
  return store.getStore();
}
