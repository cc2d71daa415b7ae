import type { MikroORM } from '@mikro-orm/core';
import { SetSuperAdmin } from '../../application/user/set-super-admin.js';
import { UserNotFound } from '../../domain/user/user-errors.js';
import { MikroOrmUnitOfWork } from '../../adapters/persistence/mikro-orm/mikro-orm-unit-of-work.js';
import { MikroOrmUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-user-repository.js';
import { SystemClock } from '../../adapters/system/system-clock.js';
import type { Config } from '../config.js';
import { migrate, openDatabase } from '../database.js';

/** Opens the configured database (migrated first), flips isSuperAdmin, and closes it again. */
async function setSuperAdmin(config: Config, email: string, superAdmin: boolean): Promise<string> {
  const orm: MikroORM = await openDatabase(config.database);
  try {
    await migrate(orm);
    const useCase = new SetSuperAdmin(
      new MikroOrmUserRepository(orm.em),
      new MikroOrmUnitOfWork(orm.em),
      new SystemClock(),
    );
    const user = await useCase.execute({ email, superAdmin });
    return superAdmin
      ? `User ${user.id} is now a super admin.`
      : `User ${user.id} is no longer a super admin.`;
  } catch (error) {
    if (error instanceof UserNotFound)
      throw new Error('No Bloom user has that email: nothing changed.', { cause: error });
    throw error;
  } finally {
    await orm.close();
  }
}

// Typed by the `commands` list that holds them (importing CliCommand here would be a cycle).
export const grantSuperAdminCommand = {
  name: 'grant-super-admin',
  usage: 'grant-super-admin <email>',
  description: 'makes an existing user a super admin',
  arity: 1,
  run: (config: Config, [email]: string[]) => setSuperAdmin(config, email ?? '', true),
};

export const revokeSuperAdminCommand = {
  name: 'revoke-super-admin',
  usage: 'revoke-super-admin <email>',
  description: 'takes super admin rights away from a user',
  arity: 1,
  run: (config: Config, [email]: string[]) => setSuperAdmin(config, email ?? '', false),
};
