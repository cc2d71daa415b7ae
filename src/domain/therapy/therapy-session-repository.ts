import { portToken } from '../shared/port-token.js';
import type { TherapySessionId, UserId } from '../shared/ids.js';
import type { TherapySession } from './therapy-session.js';

export interface TherapySessionRepository {
  /** null when no booking has that code; locks the row until the unit of work ends. */
  findByCodeForUpdate(bookingCode: string): Promise<TherapySession | null>;
  /** The committed booking with that code, without locking it. */
  findByCode(bookingCode: string): Promise<TherapySession | null>;
  /** The committed booking with that id, read fresh, without locking it. */
  findById(id: TherapySessionId): Promise<TherapySession | null>;
  /** The booking with that id, read fresh and locked until the unit of work ends. */
  findByIdForUpdate(id: TherapySessionId): Promise<TherapySession | null>;
  /** Every booking of the user, cancelled ones included: latest start first, then by id. */
  forUser(userId: UserId): Promise<TherapySession[]>;
  /**
   * Inserts the booking unless its code exists (the database decides under concurrency, waiting
   * for a concurrent insert of the same code to commit or roll back). False when it existed.
   */
  add(session: TherapySession): Promise<boolean>;
  save(session: TherapySession): Promise<void>;
}
export const TherapySessionRepository = portToken<TherapySessionRepository>('TherapySessionRepository');
