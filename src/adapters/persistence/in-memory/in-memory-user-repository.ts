import type { UserId } from '../../../domain/shared/ids.js';
import type { User } from '../../../domain/user/user.js';
import { UserEmailTaken } from '../../../domain/user/user-errors.js';
import type { UserRepository } from '../../../domain/user/user-repository.js';

export class InMemoryUserRepository implements UserRepository {
  private readonly rows = new Map<UserId, User>();
  /** Users whose therapy sessions were anonymised (the sessions themselves live elsewhere). */
  readonly therapySessionsAnonymisedFor = new Set<UserId>();

  async findById(id: UserId): Promise<User | null> {
    return this.rows.get(id) ?? null;
  }

  /** One process, one thread: there is nothing to lock. */
  findByIdForUpdate(id: UserId): Promise<User | null> {
    return this.findById(id);
  }

  async findByEmail(email: string): Promise<User | null> {
    const wanted = email.toLowerCase();
    return [...this.rows.values()].find((user) => user.email.toLowerCase() === wanted) ?? null;
  }

  async add(user: User): Promise<void> {
    this.refuseTakenEmail(user);
    this.rows.set(user.id, user);
  }

  async save(user: User): Promise<void> {
    this.refuseTakenEmail(user);
    this.rows.set(user.id, user);
  }

  async touchLastActive(id: UserId, seen: Date | null, now: Date): Promise<boolean> {
    const user = this.rows.get(id);
    if (!user || user.lastActiveAt?.getTime() !== seen?.getTime()) return false;
    return user.recordActivity(now);
  }

  async anonymiseTherapySessions(id: UserId): Promise<void> {
    this.therapySessionsAnonymisedFor.add(id);
  }

  all(): User[] {
    return [...this.rows.values()];
  }

  private refuseTakenEmail(user: User): void {
    const wanted = user.email.toLowerCase();
    const twin = [...this.rows.values()].find((u) => u.id !== user.id && u.email.toLowerCase() === wanted);
    if (twin) throw new UserEmailTaken();
  }
}
