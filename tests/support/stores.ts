import { describe } from 'vitest';
import type { UnitOfWork } from '../../src/domain/shared/unit-of-work.js';
import { InMemoryUnitOfWork } from '../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { MikroOrmUnitOfWork } from '../../src/adapters/persistence/mikro-orm/mikro-orm-unit-of-work.js';
import {
  openTestDatabase,
  SKIP_WITHOUT_POSTGRES,
  TEST_DATABASE_URL,
  type TestDatabase,
} from './test-database.js';

/** What a contract suite gets: a unit of work and the ports it asks for, on one store. */
export interface Store<Ports> {
  uow: UnitOfWork;
  ports: Ports;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs `contract` against the in-memory adapters, PGlite and real PostgreSQL (the last one
 * skipped, with the reason in its name, when TEST_DATABASE_URL is not set).
 */
export function onEveryStore<Ports>(
  contract: (name: string, open: () => Promise<Store<Ports>>) => void,
  adapters: {
    inMemory: () => Ports;
    database: (database: TestDatabase) => Ports;
  },
): void {
  contract('in-memory', async () => {
    let ports = adapters.inMemory();
    return {
      uow: new InMemoryUnitOfWork(),
      get ports() {
        return ports;
      },
      reset: async () => {
        ports = adapters.inMemory();
      },
      close: async () => undefined,
    };
  });
  for (const kind of ['pglite', 'postgres'] as const) {
    const open = async (): Promise<Store<Ports>> => {
      const database = await openTestDatabase(kind);
      return {
        uow: new MikroOrmUnitOfWork(database.orm.em),
        ports: adapters.database(database),
        reset: database.reset,
        close: database.close,
      };
    };
    if (kind === 'postgres' && !TEST_DATABASE_URL) {
      describe.skip(`postgres (${SKIP_WITHOUT_POSTGRES})`, () => contract('postgres', open));
    } else {
      contract(kind, open);
    }
  }
}
