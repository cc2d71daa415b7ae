import { UserInactive } from '../../domain/identity/auth-errors.js';
import {
  UpdateUserAlreadyExists,
  UpdateUserConflict,
  UpdateUserInvalidEmail,
} from '../../domain/identity/identity-errors.js';
import type { IdentityProvider } from '../../domain/identity/identity-provider.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { parseEmail } from '../../domain/user/email-address.js';
import type { User, UserDetails } from '../../domain/user/user.js';
import { UserDeleted, UserEmailTaken, UserNotFound } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';

export interface UpdateUserInput {
  userId: UserId;
  details: UserDetails & { email?: string };
  /** Only super admins (PATCH /admin/:id) may send these. */
  admin?: { isSuperAdmin?: boolean; isActive?: boolean };
}

/**
 * PATCH / and PATCH /admin/:id: only the sent fields change; an email goes to Firebase first,
 * outside the transaction (no row lock is held across a Firebase call), and the row then takes it
 * only if its email is still the one read before that call (409 UPDATE_USER_CONFLICT otherwise).
 * A deleted user is never changed: the row is locked in the transaction, so a deletion that
 * commits first is seen and refused, never overwritten with the name or email it removed.
 */
export class UpdateUser {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: IdentityProvider,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(input: UpdateUserInput): Promise<User> {
    const current = await this.users.findById(input.userId);
    if (!current) throw new UserNotFound();
    refuseClosed(current, input);
    const email = input.details.email === undefined ? null : parseEmail(input.details.email);
    if (input.details.email !== undefined && !email) throw new UpdateUserInvalidEmail();
    if (email === null || email === current.email) return this.uow.run(() => this.apply(input, null));

    const holder = await this.users.findByEmail(email);
    if (holder && holder.id !== current.id) throw new UpdateUserAlreadyExists();
    const change: EmailChange = { from: current.email, to: email, committed: current.email };
    await this.identities.updateEmail(current.firebaseUid, email);
    try {
      return await this.uow.run(() => this.apply(input, change));
    } catch (error) {
      // The row kept its committed email: put Firebase back to that, not to the email read before.
      await this.identities.updateEmail(current.firebaseUid, change.committed).catch(() => undefined);
      throw error instanceof UserEmailTaken ? new UpdateUserAlreadyExists() : error;
    }
  }

  private async apply(input: UpdateUserInput, change: EmailChange | null): Promise<User> {
    const user = await this.users.findByIdForUpdate(input.userId);
    if (!user) throw new UserNotFound();
    if (change) change.committed = user.email;
    refuseClosed(user, input);
    // Another update changed the email (and Firebase) since it was read: writing ours now would
    // leave Firebase holding theirs. Firebase goes back to the row's email, and the client retries.
    if (change && user.email !== change.from && user.email !== change.to) throw new UpdateUserConflict();
    const now = this.clock.now();
    const { email: _ignored, ...details } = input.details;
    user.updateDetails(details, now);
    if (change) user.changeEmail(change.to, now);
    if (input.admin?.isSuperAdmin !== undefined) user.grantSuperAdmin(input.admin.isSuperAdmin, now);
    if (input.admin?.isActive !== undefined) user.setActive(input.admin.isActive, now);
    await this.users.save(user);
    await this.profiles.enqueue(user.id);
    return user;
  }
}

/**
 * An email already written to Firebase. `from` is the row's email read before that call;
 * `committed` is the row's email as last seen, which Firebase is put back to if the row is not
 * changed.
 */
interface EmailChange {
  readonly from: string;
  readonly to: string;
  committed: string;
}

/** The caller (self PATCH) must still be active, as authentication demands; admins may not edit a deleted user. */
function refuseClosed(user: User, input: UpdateUserInput): void {
  if (input.admin === undefined && !user.isActive) throw new UserInactive();
  if (input.admin !== undefined && user.deletedAt !== null) throw new UserDeleted();
}
