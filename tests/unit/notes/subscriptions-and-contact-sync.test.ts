import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryContactSubscriptions } from '../../../src/adapters/persistence/in-memory/in-memory-contact-subscriptions.js';
import { InMemoryContactSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-contact-sync-queue.js';
import { InMemoryNumberLeases } from '../../../src/adapters/persistence/in-memory/in-memory-number-leases.js';
import { InMemorySubscriptionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-subscription-repository.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { InMemoryUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-user-repository.js';
import { LibphonenumberPhoneNumberRules } from '../../../src/adapters/system/libphonenumber-phone-number-rules.js';
import { CancelWhatsappSubscription } from '../../../src/application/subscription/cancel-whatsapp-subscription.js';
import { DeliverContactSync } from '../../../src/application/subscription/deliver-contact-sync.js';
import { SubscribeToWhatsapp } from '../../../src/application/subscription/subscribe-to-whatsapp.js';
import { SyncDeliveryFailed } from '../../../src/domain/profile-sync/sync-errors.js';
import type { SubscriptionUserId, UserId } from '../../../src/domain/shared/ids.js';
import type { MessagingContacts } from '../../../src/domain/subscription/contact-sync.js';
import { InvalidPhoneNumber } from '../../../src/domain/subscription/phone-number.js';
import {
  SubscriptionAlreadyExists,
  SubscriptionNotFound,
} from '../../../src/domain/subscription/subscription-errors.js';
import { User } from '../../../src/domain/user/user.js';
import { FixedClock, SequentialIds, userHarness } from '../user/user-harness.js';

const T0 = new Date('2026-06-01T10:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Records the hook calls in order; fails on demand. */
class RecordingContacts implements MessagingContacts {
  readonly calls: string[] = [];
  failing = false;
  async add(number: string, name: string): Promise<void> {
    if (this.failing) throw new SyncDeliveryFailed('create-contact hook answered 500');
    this.calls.push(`add ${number} ${name}`);
  }
  async remove(number: string): Promise<void> {
    if (this.failing) throw new SyncDeliveryFailed('delete-contact hook answered 500');
    this.calls.push(`remove ${number}`);
  }
}

function harness() {
  const users = new InMemoryUserRepository();
  const subscriptions = new InMemorySubscriptionRepository();
  const queue = new InMemoryContactSyncQueue();
  const clock = new FixedClock(T0);
  const ids = new SequentialIds();
  const uow = new InMemoryUnitOfWork();
  const contacts = new RecordingContacts();
  const leases = new InMemoryNumberLeases();
  const user = async (n: number, name = `Person ${n}`) => {
    const id = `u0000000-0000-4000-8000-00000000000${n}` as UserId;
    await users.add(
      User.signUp(
        {
          id,
          firebaseUid: `uid-${n}`,
          crispTokenId: `c-${n}`,
          name,
          email: `p${n}@example.org`,
          signUpType: 'PUBLIC_USER',
          contactPermission: false,
        },
        T0,
      ),
    );
    return id;
  };
  return {
    users,
    subscriptions,
    queue,
    clock,
    contacts,
    leases,
    user,
    subscribe: new SubscribeToWhatsapp(
      subscriptions,
      queue,
      new LibphonenumberPhoneNumberRules(),
      uow,
      clock,
      ids,
    ),
    cancel: new CancelWhatsappSubscription(subscriptions, queue, uow, clock),
    deliver: new DeliverContactSync(
      new InMemoryContactSubscriptions(users, subscriptions),
      contacts,
      leases,
      clock,
      ids,
    ),
  };
}

describe('WhatsApp subscriptions (SPEC 13.6)', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  it('normalises the number, checks it against the numbering plan, and queues a contact sync', async () => {
    const userId = await h.user(1);
    const view = await h.subscribe.execute({ userId, subscriptionInfo: '+34 612 345 678' });
    expect(view).toMatchObject({
      subscriptionInfo: '+34612345678',
      subscriptionName: 'whatsapp',
      cancelledAt: null,
    });
    expect([...h.queue.queued]).toEqual([userId]);
    for (const bad of [
      '612345678',
      '+0612345678',
      '+1555010',
      '+15550100',
      '+999123456789',
      '+34-612-345-678',
    ])
      await expect(h.subscribe.execute({ userId, subscriptionInfo: bad }), bad).rejects.toThrow(
        InvalidPhoneNumber,
      );
  });

  it('refuses a second active subscription, whatever its number', async () => {
    const userId = await h.user(1);
    await h.subscribe.execute({ userId, subscriptionInfo: '+447700900123' });
    await expect(h.subscribe.execute({ userId, subscriptionInfo: '+34612345678' })).rejects.toThrow(
      SubscriptionAlreadyExists,
    );
  });

  it('cancels at the server’s time, answers a repeat unchanged, and hides other users’ rows', async () => {
    const [owner, stranger] = [await h.user(1), await h.user(2)];
    const { id } = await h.subscribe.execute({ userId: owner, subscriptionInfo: '+447700900123' });
    h.queue.queued.clear();
    await expect(h.cancel.execute({ userId: stranger, id })).rejects.toThrow(SubscriptionNotFound);
    await expect(h.cancel.execute({ userId: owner, id: 'nope' as SubscriptionUserId })).rejects.toThrow(
      SubscriptionNotFound,
    );
    h.clock.current = later(5);
    expect(await h.cancel.execute({ userId: owner, id })).toMatchObject({ cancelledAt: later(5) });
    expect([...h.queue.queued]).toEqual([owner]);
    h.queue.queued.clear();
    h.clock.current = later(9);
    expect(await h.cancel.execute({ userId: owner, id })).toMatchObject({ cancelledAt: later(5) });
    expect(h.queue.queued.size).toBe(0);
    expect(await h.subscribe.execute({ userId: owner, subscriptionInfo: '+447700900123' })).toMatchObject({
      cancelledAt: null,
    });
  });

  it('account deletion cancels the active subscription and queues the contact sync', async () => {
    const users = userHarness();
    const profile = await users.signUp.execute({
      name: 'Robin',
      email: 'robin-notes@example.com',
      password: 'long-enough-password',
      contactPermission: true,
    });
    const userId = profile.user.id;
    const subscribe = new SubscribeToWhatsapp(
      users.subscriptions,
      users.contacts,
      new LibphonenumberPhoneNumberRules(),
      new InMemoryUnitOfWork(),
      users.clock,
      new SequentialIds(),
    );
    await subscribe.execute({ userId, subscriptionInfo: '+447700900123' });
    users.contacts.queued.clear();
    await users.deleteUser.execute(userId);
    expect(users.subscriptions.rows.map((row) => row.cancelledAt)).toEqual([users.clock.now()]);
    expect([...users.contacts.queued]).toEqual([userId]);
  });
});

describe('the contact sync deliverer (SPEC 13.7)', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  it('sends removals (oldest first) before the add, and records each', async () => {
    const userId = await h.user(1, 'Robin');
    for (const number of ['+447700900001', '+447700900002']) {
      const { id } = await h.subscribe.execute({ userId, subscriptionInfo: number });
      await h.cancel.execute({ userId, id });
      h.clock.current = later(h.subscriptions.rows.length);
    }
    await h.subscribe.execute({ userId, subscriptionInfo: '+447700900003' });
    await h.deliver.execute(userId);
    expect(h.contacts.calls).toEqual([
      'remove +447700900001',
      'remove +447700900002',
      'add +447700900003 Robin',
    ]);
    await h.deliver.execute(userId);
    expect(h.contacts.calls).toHaveLength(3);
  });

  it('marks a removal done without sending it while an active subscription holds the number', async () => {
    const [first, second] = [await h.user(1), await h.user(2)];
    const { id } = await h.subscribe.execute({ userId: first, subscriptionInfo: '+447700900001' });
    await h.cancel.execute({ userId: first, id });
    await h.subscribe.execute({ userId: second, subscriptionInfo: '+447700900001' });
    await h.deliver.execute(first);
    expect(h.contacts.calls).toEqual([]);
    expect(h.subscriptions.rows[0]?.contactRemovedAt).toEqual(T0);
  });

  it('keeps what was delivered when a later call fails, and fails the attempt', async () => {
    const userId = await h.user(1);
    const { id } = await h.subscribe.execute({ userId, subscriptionInfo: '+447700900001' });
    await h.cancel.execute({ userId, id });
    await h.subscribe.execute({ userId, subscriptionInfo: '+447700900002' });
    const contacts = h.contacts;
    const add = contacts.add.bind(contacts);
    contacts.add = () => Promise.reject(new SyncDeliveryFailed('create-contact hook timed out'));
    await expect(h.deliver.execute(userId)).rejects.toThrow(SyncDeliveryFailed);
    expect(h.subscriptions.rows.map((row) => [row.contactRemovedAt, row.contactAddedAt])).toEqual([
      [T0, null],
      [null, null],
    ]);
    contacts.add = add;
    await h.deliver.execute(userId);
    expect(contacts.calls).toEqual(['remove +447700900001', 'add +447700900002 Person 1']);
    expect(h.leases.held.size).toBe(0);
  });

  it('fails without calling while another delivery holds the number, until its lease runs out', async () => {
    const userId = await h.user(1);
    await h.subscribe.execute({ userId, subscriptionInfo: '+447700900001' });
    await h.leases.claim('+447700900001', 'elsewhere', T0, later(1));
    await expect(h.deliver.execute(userId)).rejects.toThrow(/number busy/);
    expect(h.contacts.calls).toEqual([]);
    h.clock.current = later(1);
    await h.deliver.execute(userId);
    expect(h.contacts.calls).toEqual(['add +447700900001 Person 1']);
  });

  it('removes a deleted user’s numbers and redacts them, sending no add', async () => {
    const userId = await h.user(1);
    const { id } = await h.subscribe.execute({ userId, subscriptionInfo: '+447700900001' });
    await h.deliver.execute(userId);
    await h.cancel.execute({ userId, id });
    await h.deliver.execute(userId);
    await h.subscribe.execute({ userId, subscriptionInfo: '+447700900002' });
    const user = await h.users.findById(userId);
    user?.anonymise('x'.repeat(20), 'y'.repeat(20), later(1));
    await h.subscriptions.cancelAllForDeletion(userId, later(1));
    await h.deliver.execute(userId);
    expect(h.contacts.calls).toEqual([
      'add +447700900001 Person 1',
      'remove +447700900001',
      'remove +447700900002',
    ]);
    expect(h.subscriptions.rows.map((row) => row.subscriptionInfo)).toEqual(['REDACTED', 'REDACTED']);
  });
});
