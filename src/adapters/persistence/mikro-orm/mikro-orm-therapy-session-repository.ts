import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../../domain/therapy/therapy-session-repository.js';
import type { TherapySessionId, UserId } from '../../../domain/shared/ids.js';
import { columnsOf, fields } from './entity-fields.js';

export class MikroOrmTherapySessionRepository implements TherapySessionRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: SqlEntityManager) {}

  findByCodeForUpdate(bookingCode: string): Promise<TherapySession | null> {
    return this.em.findOne(TherapySession, { bookingCode }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  findByCode(bookingCode: string): Promise<TherapySession | null> {
    return this.em.findOne(TherapySession, { bookingCode }, { refresh: true });
  }

  findById(id: TherapySessionId): Promise<TherapySession | null> {
    return this.em.findOne(TherapySession, { id }, { refresh: true });
  }

  findByIdForUpdate(id: TherapySessionId): Promise<TherapySession | null> {
    // Fresh: the request may have read this booking before its transaction began.
    return this.em.findOne(TherapySession, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  forUser(userId: UserId): Promise<TherapySession[]> {
    return this.em.find(
      TherapySession,
      { userId },
      { orderBy: fields(this.em, TherapySession, { startDateTime: 'desc', id: 'asc' }), refresh: true },
    );
  }

  async add(session: TherapySession): Promise<boolean> {
    // ON CONFLICT rather than catching the unique violation, which would abort the transaction.
    const result = await this.em
      .createQueryBuilder(TherapySession)
      .insert(columnsOf(this.em, session))
      .onConflict('bookingCode')
      .ignore()
      .execute('run');
    return result.affectedRows === 1;
  }

  async save(session: TherapySession): Promise<void> {
    await this.em.persist(session).flush();
  }
}
