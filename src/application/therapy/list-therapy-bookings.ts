import type { UserId } from '../../domain/shared/ids.js';
import type { TherapySession } from '../../domain/therapy/therapy-session.js';
import type { TherapySessionRepository } from '../../domain/therapy/therapy-session-repository.js';

/** GET /therapy-session (SPEC 12.2): the caller's bookings, cancelled ones included, latest start first. */
export class ListTherapyBookings {
  constructor(private readonly sessions: TherapySessionRepository) {}

  execute(userId: UserId): Promise<TherapySession[]> {
    return this.sessions.forUser(userId);
  }
}
