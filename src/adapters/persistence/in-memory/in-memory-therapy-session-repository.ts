import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../../domain/therapy/therapy-session-repository.js';
import type { TherapySessionId, UserId } from '../../../domain/shared/ids.js';

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

  async findById(id: TherapySessionId): Promise<TherapySession | null> {
    const row = [...this.rows.values()].find((session) => session.id === id);
    return row ? copy(row) : null;
  }

  async findByIdForUpdate(id: TherapySessionId): Promise<TherapySession | null> {
    return this.findById(id);
  }

  async forUser(userId: UserId): Promise<TherapySession[]> {
    return [...this.rows.values()]
      .filter((session) => session.userId === userId)
      .sort(
        (a, b) =>
          b.startDateTime.getTime() - a.startDateTime.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map(copy);
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
    s.simplybookBookingId,
  );
}
