import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { InMemoryContactSubscriptions } from '../../src/adapters/persistence/in-memory/in-memory-contact-subscriptions.js';
import { InMemoryEventLog } from '../../src/adapters/persistence/in-memory/in-memory-event-log.js';
import { InMemoryNumberLeases } from '../../src/adapters/persistence/in-memory/in-memory-number-leases.js';
import { InMemoryResourceRepository } from '../../src/adapters/persistence/in-memory/in-memory-resource-repository.js';
import { InMemoryResourceUserRepository } from '../../src/adapters/persistence/in-memory/in-memory-resource-user-repository.js';
import { InMemorySubscriptionRepository } from '../../src/adapters/persistence/in-memory/in-memory-subscription-repository.js';
import { InMemoryUserRepository } from '../../src/adapters/persistence/in-memory/in-memory-user-repository.js';
import { MikroOrmContactSubscriptions } from '../../src/adapters/persistence/mikro-orm/mikro-orm-contact-subscriptions.js';
import { MikroOrmEventLog } from '../../src/adapters/persistence/mikro-orm/mikro-orm-event-log.js';
import { MikroOrmNumberLeases } from '../../src/adapters/persistence/mikro-orm/mikro-orm-number-leases.js';
import { MikroOrmResourceRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-resource-repository.js';
import { MikroOrmResourceUserRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-resource-user-repository.js';
import { MikroOrmSubscriptionRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-subscription-repository.js';
import type { UserId } from '../../src/domain/shared/ids.js';
import { User } from '../../src/domain/user/user.js';
import { insertUser } from '../support/fixtures.js';
import { onEveryStore } from '../support/stores.js';
import { notesRepositoriesContract, type NotesPorts } from './notes-repositories.contract.js';

onEveryStore<NotesPorts>(notesRepositoriesContract, {
  inMemory: () => {
    const users = new InMemoryUserRepository();
    const subscriptions = new InMemorySubscriptionRepository();
    let n = 0;
    return {
      resources: new InMemoryResourceRepository(),
      resourceUsers: new InMemoryResourceUserRepository(),
      subscriptions,
      contacts: new InMemoryContactSubscriptions(users, subscriptions),
      leases: new InMemoryNumberLeases(),
      events: new InMemoryEventLog(),
      givenUser: async (email) => {
        n += 1;
        const id = `0a000000-0000-4000-8000-${String(n).padStart(12, '0')}` as UserId;
        const now = new Date('2026-01-01T00:00:00Z');
        const fields = { id, firebaseUid: `uid-${n}`, crispTokenId: `c-${n}`, name: 'Test User', email };
        await users.add(User.signUp({ ...fields, signUpType: 'PUBLIC_USER', contactPermission: false }, now));
        return id;
      },
    };
  },
  database: (database) => {
    const em = database.orm.em as SqlEntityManager;
    return {
      resources: new MikroOrmResourceRepository(em),
      resourceUsers: new MikroOrmResourceUserRepository(em),
      subscriptions: new MikroOrmSubscriptionRepository(em),
      contacts: new MikroOrmContactSubscriptions(em),
      leases: new MikroOrmNumberLeases(em),
      events: new MikroOrmEventLog(em),
      givenUser: async (email) => (await insertUser(database.orm, { email })) as UserId,
    };
  },
});
