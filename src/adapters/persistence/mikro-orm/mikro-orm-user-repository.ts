import { LockMode, raw, sql, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { UserId } from '../../../domain/shared/ids.js';
import { User } from '../../../domain/user/user.js';
import { UserEmailTaken } from '../../../domain/user/user-errors.js';
import type { UserRepository } from '../../../domain/user/user-repository.js';
import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import { isUniqueViolation } from './database-errors.js';
import { fields } from './entity-fields.js';

export class MikroOrmUserRepository implements UserRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: EntityManager) {}

  findById(id: UserId): Promise<User | null> {
    return this.em.findOne(User, { id });
  }

  findByIdForUpdate(id: UserId): Promise<User | null> {
    return this.em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** lower(email) = lower(?) uses the unique index on lower(email). */
  findByEmail(email: string): Promise<User | null> {
    return this.em.findOne(User, { [sql.lower('email')]: raw('lower(?)', [email]) });
  }

  add(user: User): Promise<void> {
    return this.flushing(() => this.em.persist(user).flush());
  }

  save(user: User): Promise<void> {
    return this.flushing(() => this.em.persist(user).flush());
  }

  async touchLastActive(id: UserId, seen: Date | null, now: Date): Promise<boolean> {
    // Compared at millisecond precision, the precision `seen` was read with (a JS Date).
    // Raw SQL: a compare-and-set on a truncated, null-safe timestamp (IS NOT DISTINCT FROM), which
    // the QueryBuilder's where objects cannot state.
    const result = await this.sql.execute(
      `update "user" set last_active_at = ?
        where id = ? and date_trunc('milliseconds', last_active_at) is not distinct from ?::timestamptz`,
      [now, id, seen],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows === 1;
  }

  async anonymiseTherapySessions(id: UserId): Promise<void> {
    // Each row its own random value: gen_random_uuid is evaluated per row.
    await this.sql
      .createQueryBuilder(TherapySession)
      .update(
        fields(this.em, TherapySession, {
          clientEmail: raw(`substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)`),
          updatedAt: raw('now()'),
        }),
      )
      .where({ userId: id })
      .execute('run');
  }

  private get sql(): SqlEntityManager {
    return this.em as SqlEntityManager;
  }

  private async flushing(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error, 'user_email_lower_unique')) throw new UserEmailTaken();
      throw error;
    }
  }
}
