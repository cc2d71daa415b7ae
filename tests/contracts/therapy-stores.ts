import { InMemoryTherapyClients } from '../../src/adapters/persistence/in-memory/in-memory-therapy-clients.js';
import { InMemoryTherapyCredits } from '../../src/adapters/persistence/in-memory/in-memory-therapy-credits.js';
import { InMemoryTherapySessionRepository } from '../../src/adapters/persistence/in-memory/in-memory-therapy-session-repository.js';
import { MikroOrmTherapyClients } from '../../src/adapters/persistence/mikro-orm/mikro-orm-therapy-clients.js';
import { MikroOrmTherapyCredits } from '../../src/adapters/persistence/mikro-orm/mikro-orm-therapy-credits.js';
import { MikroOrmTherapySessionRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-therapy-session-repository.js';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { aTherapyCredit } from '../builders/therapy.builder.js';
import { insertPartner, insertPartnerAccess, insertUser } from '../support/fixtures.js';
import type { TestDatabase } from '../support/test-database.js';
import type { TherapyPorts } from './therapy-repositories.contract.js';

/** The therapy ports on each kind of store, for the therapy contract suites. */
export const therapyStores: {
  inMemory: () => TherapyPorts;
  database: (database: TestDatabase) => TherapyPorts;
} = {
  inMemory: () => {
    const credits = new InMemoryTherapyCredits();
    const clients = new InMemoryTherapyClients();
    return {
      sessions: new InMemoryTherapySessionRepository(),
      credits,
      clients,
      seed: {
        user: async (user) => clients.put({ isActive: true, ...user }),
        access: async (access) => credits.put(aTherapyCredit(access)),
      },
    };
  },
  database: ({ orm }) => {
    const em = orm.em as SqlEntityManager;
    return {
      sessions: new MikroOrmTherapySessionRepository(em),
      credits: new MikroOrmTherapyCredits(em),
      clients: new MikroOrmTherapyClients(em),
      seed: {
        user: async (user) => {
          await insertUser(orm, {
            id: user.id,
            email: user.email,
            is_active: user.isActive ?? true,
            deleted_at: user.deletedAt ?? null,
          });
        },
        access: async (access) => {
          const credit = aTherapyCredit(access);
          const partnerId = await insertPartner(orm, { name: `Partner ${credit.accessId}` });
          await insertPartnerAccess(orm, {
            id: credit.accessId,
            partner_id: partnerId,
            user_id: credit.userId,
            active: credit.active,
            feature_therapy: credit.featureTherapy,
            therapy_sessions_remaining: credit.remaining,
            therapy_sessions_redeemed: credit.redeemed,
            created_at: credit.createdAt,
          });
        },
      },
    };
  },
};
