import { UserInactive } from '../../domain/identity/auth-errors.js';
import { UpdateUserAlreadyExists, UpdateUserInvalidEmail } from '../../domain/identity/identity-errors.js';
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
 * PATCH / and PATCH /admin/:id: only the sent fields change; an email goes to Firebase first.
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
    const emailChanges = email !== null && email !== current.email;
    if (emailChanges) {
      const holder = await this.users.findByEmail(email);
      if (holder && holder.id !== current.id) throw new UpdateUserAlreadyExists();
      await this.identities.updateEmail(current.firebaseUid, email);
    }
    try {
      return await this.uow.run(() => this.apply(input, emailChanges ? email : null));
    } catch (error) {
      // Keep Firebase and the row agreeing: put the old email back when the row kept it.
      if (emailChanges)
        await this.identities.updateEmail(current.firebaseUid, current.email).catch(() => undefined);
      throw error instanceof UserEmailTaken ? new UpdateUserAlreadyExists() : error;
    }
  }

  private async apply(input: UpdateUserInput, email: string | null): Promise<User> {
    const user = await this.users.findByIdForUpdate(input.userId);
    if (!user) throw new UserNotFound();
    refuseClosed(user, input);
    const now = this.clock.now();
    const { email: _ignored, ...details } = input.details;
    user.updateDetails(details, now);
    if (email) user.changeEmail(email, now);
    if (input.admin?.isSuperAdmin !== undefined) user.grantSuperAdmin(input.admin.isSuperAdmin, now);
    if (input.admin?.isActive !== undefined) user.setActive(input.admin.isActive, now);
    await this.users.save(user);
    await this.profiles.enqueue(user.id);
    return user;
  }
}

/** The caller (self PATCH) must still be active, as authentication demands; admins may not edit a deleted user. */
function refuseClosed(user: User, input: UpdateUserInput): void {
  if (input.admin === undefined && !user.isActive) throw new UserInactive();
  if (input.admin !== undefined && user.deletedAt !== null) throw new UserDeleted();
}
