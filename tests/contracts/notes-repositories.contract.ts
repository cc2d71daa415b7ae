import { describe, expect, it } from 'vitest';
import type { ResourceRepository } from '../../src/domain/content/content-repositories.js';
import type { EventLog } from '../../src/domain/event-log/event-log.js';
import { EventLogEntry } from '../../src/domain/event-log/event-log-entry.js';
import type { ResourceUserRepository } from '../../src/domain/resource-progress/resource-user-repository.js';
import type {
  EventLogId,
  ResourceId,
  ResourceUserId,
  SubscriptionUserId,
  UserId,
} from '../../src/domain/shared/ids.js';
import type { ContactSubscriptions, NumberLeases } from '../../src/domain/subscription/contact-sync.js';
import type { SubscriptionRepository } from '../../src/domain/subscription/subscription-repository.js';
import { SubscriptionUser } from '../../src/domain/subscription/subscription-user.js';
import type { Store } from '../support/stores.js';

export interface NotesPorts {
  resources: ResourceRepository;
  resourceUsers: ResourceUserRepository;
  subscriptions: SubscriptionRepository;
  contacts: ContactSubscriptions;
  leases: NumberLeases;
  events: EventLog;
  givenUser(email: string): Promise<UserId>;
}

const T0 = new Date('2026-06-01T10:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const content = {
  storyblokId: 3001,
  storyblokUuid: 'res-uuid',
  name: 'Short',
  slug: 's',
  category: 'short_video' as const,
};

export function notesRepositoriesContract(name: string, open: () => Promise<Store<NotesPorts>>) {
  describe(`${name} honours the resource, subscription, contact-sync and event-log ports`, () => {
    let store: Store<NotesPorts>;
    const run = <T>(work: (ports: NotesPorts) => Promise<T>) => store.uow.run(() => work(store.ports));

    it('upserts a resource by story id; a replay writes nothing; a new category is a change', async () => {
      store = await open();
      try {
        const first = await run((p) => p.resources.upsertPublished(content, id(1) as ResourceId, T0));
        const replay = await run((p) => p.resources.upsertPublished(content, id(2) as ResourceId, later(1)));
        expect(replay).toMatchObject({ id: first.id, updatedAt: T0, category: 'short_video' });
        const moved = await run((p) =>
          p.resources.upsertPublished(
            { ...content, category: 'single_video' },
            id(3) as ResourceId,
            later(2),
          ),
        );
        expect(moved).toMatchObject({
          id: first.id,
          updatedAt: later(2),
          category: 'single_video',
          status: 'published',
        });
        expect((await run((p) => p.resources.findByStoryblokUuidForShare('res-uuid')))?.id).toBe(first.id);

        const user = await store.ports.givenUser('notes-contract-progress@example.org');
        const row = await run((p) =>
          p.resourceUsers.ensureLocked(user, first.id, id(10) as ResourceUserId, T0),
        );
        await run(async (p) => {
          const again = await p.resourceUsers.ensureLocked(
            user,
            first.id,
            id(11) as ResourceUserId,
            later(1),
          );
          expect(again.id).toBe(row.id);
          again.apply('complete', later(1));
          await p.resourceUsers.save(again);
        });
        const stored = await run((p) =>
          p.resourceUsers.ensureLocked(user, first.id, id(12) as ResourceUserId, later(2)),
        );
        expect(stored).toMatchObject({
          id: row.id,
          completedAt: later(1),
          updatedAt: later(1),
          createdAt: T0,
        });
      } finally {
        await store.close();
      }
    });

    it('keeps one active subscription per user and kind, owned, listed newest first, cancelled on deletion', async () => {
      store = await open();
      try {
        const [owner, other] = [
          await store.ports.givenUser('notes-contract-owner@example.org'),
          await store.ports.givenUser('notes-contract-other@example.org'),
        ];
        const whatsapp = await run((p) => p.subscriptions.subscriptionId('whatsapp'));
        const row = (n: number, userId: UserId, number: string, at: Date) =>
          new SubscriptionUser(id(n) as SubscriptionUserId, userId, whatsapp, number, at, at);
        expect(await run((p) => p.subscriptions.addIfNoneActive(row(1, owner, '+447700900001', T0)))).toBe(
          true,
        );
        expect(
          await run((p) => p.subscriptions.addIfNoneActive(row(2, owner, '+447700900002', later(1)))),
        ).toBe(false);
        expect(
          await run((p) => p.subscriptions.findOwnForUpdate(other, id(1) as SubscriptionUserId, whatsapp)),
        ).toBeNull();
        await run(async (p) => {
          const mine = await p.subscriptions.findOwnForUpdate(owner, id(1) as SubscriptionUserId, whatsapp);
          expect(mine?.cancel(later(2))).toBe(true);
          if (mine) await p.subscriptions.save(mine);
        });
        expect(
          await run((p) => p.subscriptions.addIfNoneActive(row(3, owner, '+447700900001', later(3)))),
        ).toBe(true);
        expect(
          await run((p) => p.subscriptions.addIfNoneActive(row(4, other, '+447700900001', later(4)))),
        ).toBe(true);
        expect(await run((p) => p.contacts.isHeldByActive('+447700900001'))).toBe(true);
        const listed = await run((p) => p.subscriptions.listForUser(owner));
        expect(listed.map((view) => [view.id, view.subscriptionName, view.cancelledAt])).toEqual([
          [id(3), 'whatsapp', null],
          [id(1), 'whatsapp', later(2)],
        ]);
        expect(await run((p) => p.subscriptions.cancelAllForDeletion(owner, later(5)))).toBe(true);
        expect(
          (await run((p) => p.subscriptions.listForUser(owner))).map((view) => view.cancelledAt),
        ).toEqual([later(5), later(2)]);
        expect(await run((p) => p.subscriptions.cancelAllForDeletion(id(99) as UserId, later(5)))).toBe(
          false,
        );

        await run((p) => p.contacts.markRemoved(id(1) as SubscriptionUserId, later(6), false));
        await run((p) => p.contacts.markRemoved(id(1) as SubscriptionUserId, later(7), true));
        await run((p) => p.contacts.markAdded(id(3) as SubscriptionUserId, later(6)));
        await run((p) => p.contacts.markAdded(id(3) as SubscriptionUserId, later(7)));
        const state = await run((p) => p.contacts.stateOf(owner));
        expect(state?.rows).toEqual([
          {
            id: id(1),
            number: '+447700900001',
            cancelled: true,
            contactAddedAt: null,
            contactRemovedAt: later(6),
          },
          {
            id: id(3),
            number: '+447700900001',
            cancelled: true,
            contactAddedAt: later(6),
            contactRemovedAt: null,
          },
        ]);
        await run((p) => p.contacts.redactRemoved(owner));
        const redacted = await run((p) => p.contacts.stateOf(owner));
        expect(redacted?.rows.map((r) => r.number)).toEqual(['REDACTED', '+447700900001']);
      } finally {
        await store.close();
      }
    });

    it('leases a number to one holder until released or run out', async () => {
      store = await open();
      try {
        const leases = store.ports.leases;
        expect(await leases.claim('+447700900001', id(1), T0, later(1))).toBe(true);
        expect(await leases.claim('+447700900001', id(2), T0, later(1))).toBe(false);
        await leases.release('+447700900001', id(2));
        expect(await leases.claim('+447700900001', id(2), later(0.5), later(2))).toBe(false);
        expect(await leases.claim('+447700900001', id(2), later(1), later(2))).toBe(true);
        await leases.release('+447700900001', id(1));
        expect(await leases.claim('+447700900001', id(3), later(1), later(3))).toBe(false);
        await leases.release('+447700900001', id(2));
        expect(await leases.claim('+447700900001', id(3), later(1), later(3))).toBe(true);
      } finally {
        await store.close();
      }
    });

    it('adds events and purges those dated before a cutoff', async () => {
      store = await open();
      try {
        const user = await store.ports.givenUser('notes-contract-events@example.org');
        for (const [n, at] of [
          [1, T0],
          [2, later(1)],
          [3, later(2)],
        ] as const)
          await run((p) =>
            p.events.add(new EventLogEntry(id(n) as EventLogId, user, 'LOGGED_IN', at, { title: 'x' })),
          );
        expect(await run((p) => p.events.purgeBefore(later(1)))).toBe(1);
        expect(await run((p) => p.events.purgeBefore(later(1)))).toBe(0);
      } finally {
        await store.close();
      }
    });
  });
}
