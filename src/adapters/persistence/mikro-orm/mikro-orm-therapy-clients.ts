import { LockMode, raw, sql } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { UserId } from '../../../domain/shared/ids.js';
import type { TherapyClients } from '../../../domain/therapy/therapy-clients.js';
import { User } from '../../../domain/user/user.js';
import { fields } from './entity-fields.js';

export class MikroOrmTherapyClients implements TherapyClients {
  constructor(private readonly em: SqlEntityManager) {}

  findActiveById(userId: UserId): Promise<UserId | null> {
    return this.bookable({ id: userId });
  }

  findActiveByEmail(email: string): Promise<UserId | null> {
    // lower(email) = lower(?) uses the unique index on lower(email); no LIKE, so no patterns.
    return this.bookable({ [sql.lower('email')]: raw('lower(?)', [email]) });
  }

  // FOR SHARE conflicts with the row update of a deletion (SPEC 5.2): a deletion that committed
  // first is seen here (the row no longer matches), and one that comes later waits for this
  // booking to commit, so its client_email randomisation sees the new booking.
  private async bookable(match: object): Promise<UserId | null> {
    const row = await this.em
      .createQueryBuilder(User)
      .select('id')
      .where({ ...match, ...fields(this.em, User, { isActive: true, deletedAt: null }) })
      .setLockMode(LockMode.PESSIMISTIC_READ)
      .execute<{ id: string } | null>('get', false);
    return (row?.id as UserId | undefined) ?? null;
  }
}
