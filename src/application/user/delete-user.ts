import type { IdentityProvider } from '../../domain/identity/identity-provider.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { ContactSyncQueue } from '../../domain/subscription/contact-sync-queue.js';
import type { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import { randomText20 } from '../../domain/user/random-text.js';
import type { User } from '../../domain/user/user.js';
import { UserNotFound } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';

export interface DeleteUserResult {
  user: User;
  /** Set when the Firebase account could not be revoked or deleted (the database change stands). */
  identityFailure: string | null;
}

/**
 * SPEC.md 5.2: anonymise in one transaction, then close the Firebase account. Safe to repeat.
 * The same transaction cancels the user's WhatsApp subscriptions (SPEC 13.6) and enqueues the
 * contact sync that removes, then redacts, their numbers (13.7).
 */
export class DeleteUser {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: IdentityProvider,
    private readonly profiles: ProfileSyncQueue,
    private readonly subscriptions: SubscriptionRepository,
    private readonly contacts: ContactSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(userId: UserId): Promise<DeleteUserResult> {
    const user = await this.uow.run(async () => {
      const found = await this.users.findByIdForUpdate(userId);
      if (!found) throw new UserNotFound();
      found.anonymise(randomText20(this.ids), randomText20(this.ids), this.clock.now());
      await this.users.save(found);
      await this.users.anonymiseTherapySessions(found.id);
      await this.profiles.enqueue(found.id);
      if (await this.subscriptions.cancelAllForDeletion(found.id, this.clock.now()))
        await this.contacts.enqueue(found.id);
      return found;
    });
    try {
      await this.identities.revokeRefreshTokens(user.firebaseUid);
      await this.identities.deleteAccount(user.firebaseUid);
      return { user, identityFailure: null };
    } catch (error) {
      // Only the error's code travels on: provider messages may quote the email.
      return { user, identityFailure: error instanceof DomainError ? error.code : 'UNKNOWN' };
    }
  }
}
