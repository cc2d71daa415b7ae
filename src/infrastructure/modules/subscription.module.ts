import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { CancelWhatsappSubscription } from '../../application/subscription/cancel-whatsapp-subscription.js';
import { DeliverContactSync } from '../../application/subscription/deliver-contact-sync.js';
import { ListSubscriptions } from '../../application/subscription/list-subscriptions.js';
import { SubscribeToWhatsapp } from '../../application/subscription/subscribe-to-whatsapp.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { ContactSyncQueue } from '../../domain/subscription/contact-sync-queue.js';
import {
  ContactSubscriptions,
  MessagingContacts,
  NumberLeases,
} from '../../domain/subscription/contact-sync.js';
import { PhoneNumberRules } from '../../domain/subscription/phone-number.js';
import { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import { MikroOrmProfileSyncQueue } from '../../adapters/persistence/mikro-orm/mikro-orm-profile-sync-queue.js';
import { MikroOrmSubscriptionRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-subscription-repository.js';
import { RespondIoContacts } from '../../adapters/messaging/respond-io-contacts.js';
import { UnconfiguredContacts } from '../../adapters/messaging/unconfigured-contacts.js';
import { MikroOrmContactSubscriptions } from '../../adapters/persistence/mikro-orm/mikro-orm-contact-subscriptions.js';
import { MikroOrmNumberLeases } from '../../adapters/persistence/mikro-orm/mikro-orm-number-leases.js';
import { LibphonenumberPhoneNumberRules } from '../../adapters/system/libphonenumber-phone-number-rules.js';
import type { Config } from '../config.js';
import { provide, type Resolve } from './provide.js';

/** WhatsApp notes subscriptions (SPEC 13.6) and the contact-sync jobs they write (13.7). */
export function registerSubscriptionModule(
  container: DependencyContainer,
  orm: MikroORM,
  config: Config,
): void {
  const em = orm.em as SqlEntityManager;
  provide(container, SubscriptionRepository, () => new MikroOrmSubscriptionRepository(em));
  provide(container, ContactSyncQueue, () => new MikroOrmProfileSyncQueue(em, 'contact_sync'));
  provide(container, PhoneNumberRules, () => new LibphonenumberPhoneNumberRules());
  provide(container, ContactSubscriptions, () => new MikroOrmContactSubscriptions(em));
  provide(container, NumberLeases, () => new MikroOrmNumberLeases(em));
  provide(container, MessagingContacts, () =>
    config.respondIo ? new RespondIoContacts(config.respondIo) : new UnconfiguredContacts(),
  );
}

/** The worker's deliverer of contact-sync jobs (SPEC 13.7), on the clock the worker runs on. */
export function deliverContactSync(get: Resolve, clock: Clock): DeliverContactSync {
  return new DeliverContactSync(
    get(ContactSubscriptions),
    get(MessagingContacts),
    get(NumberLeases),
    clock,
    get(IdGenerator),
  );
}

export function subscriptionUseCases(get: Resolve) {
  return {
    listSubscriptions: new ListSubscriptions(get(SubscriptionRepository)),
    subscribeToWhatsapp: new SubscribeToWhatsapp(
      get(SubscriptionRepository),
      get(ContactSyncQueue),
      get(PhoneNumberRules),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
    cancelWhatsappSubscription: new CancelWhatsappSubscription(
      get(SubscriptionRepository),
      get(ContactSyncQueue),
      get(UnitOfWork),
      get(Clock),
    ),
  };
}
