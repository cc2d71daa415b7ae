import { portToken } from '../shared/port-token.js';
import type { UserId } from '../shared/ids.js';
import type { User } from './user.js';

export interface UserRepository {
  findById(id: UserId): Promise<User | null>;
  /**
   * Read fresh from the database (never from an earlier read of this request) and locked until
   * the unit of work ends, so a concurrent deletion or change waits for it or it waits for them.
   */
  findByIdForUpdate(id: UserId): Promise<User | null>;
  /** Case-insensitive exact match. */
  findByEmail(email: string): Promise<User | null>;
  /** Throws UserEmailTaken when another row holds the email (the database decides under concurrency). */
  add(user: User): Promise<void>;
  /** Writes the changed fields of a loaded user; throws UserEmailTaken like `add`. */
  save(user: User): Promise<void>;
  /**
   * Sets lastActiveAt to `now` if it still holds `seen` (the value the caller read when it
   * decided the visit is due), in one conditional write: of two visits racing past that
   * decision, one writes. True when it wrote. The "once an hour" rule is the caller's (User).
   */
  touchLastActive(id: UserId, seen: Date | null, now: Date): Promise<boolean>;
  /** Gives every therapy session of the user a random clientEmail (SPEC 5.2). */
  anonymiseTherapySessions(id: UserId): Promise<void>;
}
export const UserRepository = portToken<UserRepository>('UserRepository');
