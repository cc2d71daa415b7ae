import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SyncOutbox } from '../../src/domain/profile-sync/sync-outbox.js';
import type { UserId } from '../../src/domain/shared/ids.js';
import type { Store } from '../support/stores.js';

export interface SyncOutboxPorts {
  outbox: SyncOutbox;
  /** A user the outbox may hold jobs for (a row where the database needs one). */
  aUser(): Promise<UserId>;
  /** What a use case does in its unit of work: enqueue the user's profile sync. */
  enqueue(userId: UserId): Promise<void>;
}

const KINDS = ['chat_profile' as const];
/** The database stamps enqueues with its own now(): lease a little later to see them due. */
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

export function syncOutboxContract(name: string, open: () => Promise<Store<SyncOutboxPorts>>) {
  describe(`${name} honours SyncOutbox`, () => {
    let store: Store<SyncOutboxPorts>;
    const outbox = () => store.ports.outbox;
    const enqueue = (userId: UserId) => store.uow.run(() => store.ports.enqueue(userId));
    const lease = (now: Date, limit = 10) => outbox().lease({ kinds: KINDS, limit, now, until: later(300) });

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(() => store.reset());

    it('leases a due job once, coalesced per user, and marks it delivered', async () => {
      const user = await store.ports.aUser();
      await enqueue(user);
      await enqueue(user);
      const [job, ...others] = await lease(later(1));
      expect(others).toEqual([]);
      expect(job).toMatchObject({ userId: user, kind: 'chat_profile', version: 2, attempts: 0 });
      expect(await lease(later(2))).toEqual([]);

      expect(await outbox().markDelivered(job!, later(1))).toBe('delivered');
      expect(await outbox().depth()).toEqual({ pending: 0, failed: 0 });
      expect(await lease(later(3))).toEqual([]);
    });

    it('delivers again a job enqueued anew while it was leased', async () => {
      const user = await store.ports.aUser();
      await enqueue(user);
      const [job] = await lease(later(1));
      await enqueue(user);
      expect(await outbox().markDelivered(job!, later(1))).toBe('again');
      const [again] = await lease(later(2));
      expect(again).toMatchObject({ userId: user, version: 2 });
    });

    it('keeps a retried job back until its time, counting attempts and the failing start', async () => {
      const user = await store.ports.aUser();
      await enqueue(user);
      const [job] = await lease(later(1));
      const failingSince = later(1);
      await outbox().markForRetry(job!, { at: later(60), error: 'crisp 500', failingSince, now: later(1) });
      expect(await lease(later(30))).toEqual([]);
      const [retried] = await lease(later(61));
      expect(retried).toMatchObject({ userId: user, attempts: 1, failingSince });
    });

    it('lists failed jobs without the delivered ones, and retries all or some of them', async () => {
      const [first, second, third] = [
        await store.ports.aUser(),
        await store.ports.aUser(),
        await store.ports.aUser(),
      ];
      for (const user of [first!, second!, third!]) await enqueue(user);
      const jobs = await lease(later(1));
      expect(jobs).toHaveLength(3);
      const byUser = (user: UserId) => jobs.find((job) => job.userId === user)!;
      expect(await outbox().markFailed(byUser(first!), { error: 'gave up', now: later(1) })).toBe(true);
      expect(await outbox().markFailed(byUser(second!), { error: 'gave up', now: later(2) })).toBe(true);
      await outbox().markDelivered(byUser(third!), later(1));

      const failed = await outbox().list({ status: 'failed', limit: 1 });
      expect(failed.total).toBe(2);
      expect(failed.jobs).toEqual([
        expect.objectContaining({ userId: second, attempts: 1, lastError: 'gave up' }),
      ]);
      expect(await outbox().depth()).toEqual({ pending: 0, failed: 2 });

      expect(await outbox().retryFailed({ now: later(3), ids: [byUser(first!).id] })).toBe(1);
      expect(await outbox().retryFailed({ now: later(3) })).toBe(1);
      expect((await lease(later(4))).map((job) => job.userId).sort()).toEqual([first, second].sort());
    });

    it('ignores the late writes of a worker whose lease expired and passed to another', async () => {
      const user = await store.ports.aUser();
      await enqueue(user);
      const [stale] = await outbox().lease({ kinds: KINDS, limit: 1, now: later(1), until: later(2) });
      const [current] = await lease(later(3));
      expect(current?.leaseId).not.toBe(stale?.leaseId);

      expect(await outbox().markFailed(stale!, { error: 'late', now: later(3) })).toBe(false);
      expect(await outbox().markDelivered(current!, later(3))).toBe('delivered');
      expect(await outbox().depth()).toEqual({ pending: 0, failed: 0 });
    });

    it('takes at most `limit` jobs, and only of the kinds asked for', async () => {
      for (let i = 0; i < 3; i += 1) await enqueue(await store.ports.aUser());
      expect(await lease(later(1), 2)).toHaveLength(2);
      expect(await outbox().lease({ kinds: [], limit: 10, now: later(1), until: later(300) })).toEqual([]);
    });
  });
}

export const aUserId = () => randomUUID() as UserId;
