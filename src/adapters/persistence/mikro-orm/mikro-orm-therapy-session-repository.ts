import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../../domain/therapy/therapy-session-repository.js';

export class MikroOrmTherapySessionRepository implements TherapySessionRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: SqlEntityManager) {}

  findByCodeForUpdate(bookingCode: string): Promise<TherapySession | null> {
    return this.em.findOne(TherapySession, { bookingCode }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  findByCode(bookingCode: string): Promise<TherapySession | null> {
    return this.em.findOne(TherapySession, { bookingCode }, { refresh: true });
  }

  async add(session: TherapySession): Promise<boolean> {
    // ON CONFLICT rather than catching the unique violation, which would abort the transaction.
    const rows: unknown[] = await this.em.execute(
      `insert into therapy_session (id, created_at, updated_at, user_id, partner_access_id, action,
         booking_code, client_email, client_timezone, service_name, service_provider_name,
         service_provider_email, start_date_time, end_date_time, cancelled_at, rescheduled_from,
         completed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (booking_code) do nothing
       returning id`,
      [
        session.id,
        session.createdAt.toISOString(),
        session.updatedAt.toISOString(),
        session.userId,
        session.partnerAccessId,
        session.action,
        session.bookingCode,
        session.clientEmail,
        session.clientTimezone,
        session.serviceName,
        session.serviceProviderName,
        session.serviceProviderEmail,
        session.startDateTime.toISOString(),
        session.endDateTime.toISOString(),
        session.cancelledAt?.toISOString() ?? null,
        session.rescheduledFrom?.toISOString() ?? null,
        session.completedAt?.toISOString() ?? null,
      ],
    );
    return rows.length === 1;
  }

  async save(session: TherapySession): Promise<void> {
    await this.em.persist(session).flush();
  }
}
