import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { InMemorySyncOutbox } from '../../src/adapters/persistence/in-memory/in-memory-sync-outbox.js';
import { MikroOrmProfileSyncQueue } from '../../src/adapters/persistence/mikro-orm/mikro-orm-profile-sync-queue.js';
import { MikroOrmSyncOutbox } from '../../src/adapters/persistence/mikro-orm/mikro-orm-sync-outbox.js';
import type { UserId } from '../../src/domain/shared/ids.js';
import { insertUser } from '../support/fixtures.js';
import { onEveryStore } from '../support/stores.js';
import { aUserId, syncOutboxContract, type SyncOutboxPorts } from './sync-outbox.contract.js';

onEveryStore<SyncOutboxPorts>(syncOutboxContract, {
  inMemory: () => {
    const outbox = new InMemorySyncOutbox({ now: () => new Date() });
    return { outbox, aUser: async () => aUserId(), enqueue: (userId) => outbox.enqueue(userId) };
  },
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    const queue = new MikroOrmProfileSyncQueue(em);
    let n = 0;
    return {
      outbox: new MikroOrmSyncOutbox(em),
      aUser: async () =>
        (await insertUser(database.orm, { email: `outbox-${(n += 1)}@example.com` })) as UserId,
      enqueue: (userId) => queue.enqueue(userId),
    };
  },
});
