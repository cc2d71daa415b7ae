import { AsyncLocalStorage } from 'node:async_hooks';
import type { UnitOfWork } from '../../../domain/shared/unit-of-work.js';

/**
 * Runs units one at a time, as a serialisable database would; a run nested in another (same
 * async context) joins it. It does not roll back: in-memory repositories serve use-case tests,
 * and rollback itself is proven by the database-backed tests.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private readonly inside = new AsyncLocalStorage<true>();
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return work();
    const next = this.tail.then(() => this.inside.run(true, work));
    this.tail = next.catch(() => undefined);
    return next;
  }
}
