import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { SubscriptionUserId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { ContactSyncQueue } from '../../domain/subscription/contact-sync-queue.js';
import { normalisePhoneNumber, type PhoneNumberRules } from '../../domain/subscription/phone-number.js';
import { SubscriptionAlreadyExists } from '../../domain/subscription/subscription-errors.js';
import type { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import { SubscriptionUser, type SubscriptionView } from '../../domain/subscription/subscription-user.js';

export interface SubscribeToWhatsappInput {
  userId: UserId;
  subscriptionInfo: string;
}

/**
 * SPEC 13.6 `POST /whatsapp`: the number normalised and checked, then, in one transaction, the
 * row (refused when the caller already holds an active one, whatever its number: the partial
 * unique index decides between concurrent calls) and the contact-sync job.
 */
export class SubscribeToWhatsapp {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly contacts: ContactSyncQueue,
    private readonly rules: PhoneNumberRules,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(input: SubscribeToWhatsappInput): Promise<SubscriptionView> {
    const number = normalisePhoneNumber(input.subscriptionInfo, this.rules);
    return this.uow.run(async () => {
      const now = this.clock.now();
      const row = new SubscriptionUser(
        this.ids.uuid() as SubscriptionUserId,
        input.userId,
        await this.subscriptions.subscriptionId('whatsapp'),
        number,
        now,
        now,
      );
      if (!(await this.subscriptions.addIfNoneActive(row))) throw new SubscriptionAlreadyExists();
      await this.contacts.enqueue(input.userId);
      return row.viewAs('whatsapp');
    });
  }
}
