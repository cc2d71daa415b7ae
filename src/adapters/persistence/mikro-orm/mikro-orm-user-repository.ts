import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { UserId } from '../../../domain/shared/ids.js';
import { ACTIVITY_INTERVAL_MS, User } from '../../../domain/user/user.js';
import { UserEmailTaken } from '../../../domain/user/user-errors.js';
import type { UserRepository } from '../../../domain/user/user-repository.js';

export class MikroOrmUserRepository implements UserRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: EntityManager) {}

  findById(id: UserId): Promise<User | null> {
    return this.em.findOne(User, { id });
  }

  findByIdForUpdate(id: UserId): Promise<User | null> {
    return this.em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  async findByEmail(email: string): Promise<User | null> {
    const rows: { id: string }[] = await this.sql.execute(
      `select id from "user" where lower(email) = lower(?)`,
      [email],
    );
    const id = rows[0]?.id;
    return id ? this.findById(id as UserId) : null;
  }

  add(user: User): Promise<void> {
    return this.flushing(() => this.em.persist(user).flush());
  }

  save(user: User): Promise<void> {
    return this.flushing(() => this.em.persist(user).flush());
  }

  async touchLastActive(id: UserId, now: Date): Promise<boolean> {
    const result = await this.sql.execute(
      `update "user" set last_active_at = ?
        where id = ? and (last_active_at is null or last_active_at <= ?)`,
      [now, id, new Date(now.getTime() - ACTIVITY_INTERVAL_MS)],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows === 1;
  }

  async anonymiseTherapySessions(id: UserId): Promise<void> {
    // Each row its own random value: gen_random_uuid is evaluated per row.
    await this.sql.execute(
      `update therapy_session
          set client_email = substr(replace(gen_random_uuid()::text, '-', ''), 1, 20), updated_at = now()
        where user_id = ?`,
      [id],
    );
  }

  private get sql(): SqlEntityManager {
    return this.em as SqlEntityManager;
  }

  private async flushing(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (
        error instanceof UniqueConstraintViolationException &&
        error.message.includes('user_email_lower_unique')
      )
        throw new UserEmailTaken();
      throw error;
    }
  }
}
