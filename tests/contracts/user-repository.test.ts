import { InMemoryUserRepository } from '../../src/adapters/persistence/in-memory/in-memory-user-repository.js';
import { MikroOrmUserRepository } from '../../src/adapters/persistence/mikro-orm/mikro-orm-user-repository.js';
import { onEveryStore } from '../support/stores.js';
import { userRepositoryContract, type UserPorts } from './user-repository.contract.js';

onEveryStore<UserPorts>(userRepositoryContract, {
  inMemory: () => ({ users: new InMemoryUserRepository() }),
  database: (database) => ({ users: new MikroOrmUserRepository(database.orm.em) }),
});
