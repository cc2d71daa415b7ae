import type { Clock } from '../../domain/shared/clock.js';
import type { SubscriptionUserId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { ContactSyncQueue } from '../../domain/subscription/contact-sync-queue.js';
import { SubscriptionNotFound } from '../../domain/subscription/subscription-errors.js';
import type { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import type { SubscriptionView } from '../../domain/subscription/subscription-user.js';

export interface CancelWhatsappSubscriptionInput {
  userId: UserId;
  id: SubscriptionUserId;
}

/**
 * SPEC 13.6 `PATCH /whatsapp/:id`: the caller's own row only (another user's answers like an
 * unknown one); cancelled at the server's time, never the client's (no backdating), with the
 * contact-sync job in the same transaction. Already cancelled: answered unchanged.
 */
export class CancelWhatsappSubscription {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly contacts: ContactSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(input: CancelWhatsappSubscriptionInput): Promise<SubscriptionView> {
    return this.uow.run(async () => {
      const whatsapp = await this.subscriptions.subscriptionId('whatsapp');
      const row = await this.subscriptions.findOwnForUpdate(input.userId, input.id, whatsapp);
      if (!row) throw new SubscriptionNotFound();
      if (row.cancel(this.clock.now())) {
        await this.subscriptions.save(row);
        await this.contacts.enqueue(input.userId);
      }
      return row.viewAs('whatsapp');
    });
  }
}
