import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../../domain/therapy/therapy-session-repository.js';

/** Keeps copies, so a use case that fails after changing a loaded booking leaves the store as it was. */
export class InMemoryTherapySessionRepository implements TherapySessionRepository {
  private readonly rows = new Map<string, TherapySession>();

  async findByCodeForUpdate(bookingCode: string): Promise<TherapySession | null> {
    return this.findByCode(bookingCode);
  }

  async findByCode(bookingCode: string): Promise<TherapySession | null> {
    const row = this.rows.get(bookingCode);
    return row ? copy(row) : null;
  }

  async add(session: TherapySession): Promise<boolean> {
    if (this.rows.has(session.bookingCode)) return false;
    this.rows.set(session.bookingCode, copy(session));
    return true;
  }

  async save(session: TherapySession): Promise<void> {
    this.rows.set(session.bookingCode, copy(session));
  }

  all(): TherapySession[] {
    return [...this.rows.values()].map(copy);
  }
}

function copy(s: TherapySession): TherapySession {
  return new TherapySession(
    s.id,
    s.userId,
    s.partnerAccessId,
    s.bookingCode,
    s.clientEmail,
    s.clientTimezone,
    s.serviceName,
    s.serviceProviderName,
    s.serviceProviderEmail,
    s.createdAt,
    s.updatedAt,
    s.action,
    s.startDateTime,
    s.endDateTime,
    s.cancelledAt,
    s.rescheduledFrom,
    s.completedAt,
  );
}
