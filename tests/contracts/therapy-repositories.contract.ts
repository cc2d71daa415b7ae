import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerAccessId, UserId } from '../../src/domain/shared/ids.js';
import type { TherapyClients } from '../../src/domain/therapy/therapy-clients.js';
import type { TherapyCredits } from '../../src/domain/therapy/therapy-credits.js';
import { TherapyCreditsInconsistent } from '../../src/domain/therapy/therapy-errors.js';
import type { TherapySessionRepository } from '../../src/domain/therapy/therapy-session-repository.js';
import {
  ACCESS,
  aTherapyCredit,
  aTherapySession,
  type CreditFields,
  END,
  LATER_ACCESS,
  OTHER_USER,
  START,
  T0,
  USER,
} from '../builders/therapy.builder.js';
import type { Store } from '../support/stores.js';

/** Puts rows in place the way each store needs (the database has foreign keys). */
export interface TherapySeed {
  user(user: { id: UserId; email: string; isActive?: boolean; deletedAt?: Date | null }): Promise<void>;
  access(access: CreditFields & { accessId: PartnerAccessId; userId: UserId | null }): Promise<void>;
}

export interface TherapyPorts {
  sessions: TherapySessionRepository;
  credits: TherapyCredits;
  clients: TherapyClients;
  seed: TherapySeed;
}

const LATER = new Date(T0.getTime() + 60_000);

export function therapyRepositoriesContract(name: string, open: () => Promise<Store<TherapyPorts>>) {
  describe(`${name} honours TherapySessionRepository, TherapyCredits and TherapyClients`, () => {
    let store: Store<TherapyPorts>;
    const ports = () => store.ports;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(async () => {
      await store.reset();
      await ports().seed.user({ id: USER, email: 'client@example.org' });
      await ports().seed.user({ id: OTHER_USER, email: 'other@example.org' });
      await ports().seed.access({ accessId: ACCESS, userId: USER, remaining: 2, redeemed: 1 });
    });

    it('adds a booking and finds it by code, with or without a lock', async () => {
      const session = aTherapySession();
      expect(await run(() => ports().sessions.add(session))).toBe(true);
      for (const find of [ports().sessions.findByCode, ports().sessions.findByCodeForUpdate]) {
        const found = await run(() => find.call(ports().sessions, 'SB-0001'));
        expect(found).toMatchObject({
          id: session.id,
          userId: USER,
          partnerAccessId: ACCESS,
          action: 'NEW_BOOKING',
          clientEmail: 'client@example.org',
          clientTimezone: 'Europe/London',
          serviceProviderEmail: 'therapist@example.org',
          startDateTime: START,
          endDateTime: END,
          cancelledAt: null,
          createdAt: T0,
        });
      }
      expect(await run(() => ports().sessions.findByCode('SB-unknown'))).toBeNull();
    });

    it('keeps the first booking of a code: a second add answers false', async () => {
      await run(() => ports().sessions.add(aTherapySession()));
      const twin = aTherapySession({ id: 'c1000000-0000-4000-8000-000000000002', serviceName: 'Twin' });
      expect(await run(() => ports().sessions.add(twin))).toBe(false);
      expect((await run(() => ports().sessions.findByCode('SB-0001')))?.serviceName).toBe('Therapy session');
    });

    it('saves cancellation, rescheduling and completion', async () => {
      await run(() => ports().sessions.add(aTherapySession()));
      await run(() =>
        ports().sessions.add(
          aTherapySession({ id: 'c1000000-0000-4000-8000-000000000002', bookingCode: 'SB-0002' }),
        ),
      );
      const newStart = new Date('2026-02-03T09:00:00.000Z');
      const newEnd = new Date('2026-02-03T10:00:00.000Z');
      await run(async () => {
        const first = await ports().sessions.findByCodeForUpdate('SB-0001');
        first?.reschedule(newStart, newEnd, LATER);
        first?.complete(LATER);
        if (first) await ports().sessions.save(first);
        const second = await ports().sessions.findByCodeForUpdate('SB-0002');
        second?.cancel(LATER);
        if (second) await ports().sessions.save(second);
      });
      expect(await run(() => ports().sessions.findByCode('SB-0001'))).toMatchObject({
        action: 'COMPLETED_BOOKING',
        rescheduledFrom: START,
        startDateTime: newStart,
        completedAt: newEnd,
        updatedAt: LATER,
      });
      expect(await run(() => ports().sessions.findByCode('SB-0002'))).toMatchObject({
        action: 'CANCELLED_BOOKING',
        cancelledAt: LATER,
      });
    });

    it("lists a user's accesses oldest first, and only theirs", async () => {
      await ports().seed.access({
        accessId: LATER_ACCESS,
        userId: USER,
        createdAt: LATER,
        featureTherapy: false,
      });
      await ports().seed.access({
        accessId: 'b1000000-0000-4000-8000-000000000009' as PartnerAccessId,
        userId: OTHER_USER,
      });
      const credits = await run(() => ports().credits.forUserForUpdate(USER));
      expect(credits.map((credit) => credit.accessId)).toEqual([ACCESS, LATER_ACCESS]);
      expect(credits[0]).toMatchObject({
        userId: USER,
        active: true,
        featureTherapy: true,
        remaining: 2,
        redeemed: 1,
      });
      expect(credits[1]).toMatchObject({ featureTherapy: false, createdAt: LATER });
    });

    it('saves the counters and reads one access back by id', async () => {
      await run(async () => {
        const credit = await ports().credits.findByIdForUpdate(ACCESS);
        credit?.redeem();
        if (credit) await ports().credits.save(credit);
      });
      expect(await run(() => ports().credits.findByIdForUpdate(ACCESS))).toMatchObject({
        remaining: 1,
        redeemed: 2,
      });
      const unknown = 'b1000000-0000-4000-8000-00000000ffff' as PartnerAccessId;
      expect(await run(() => ports().credits.findByIdForUpdate(unknown))).toBeNull();
    });

    it('refuses to save a negative counter', async () => {
      const broken = aTherapyCredit({ remaining: -1, redeemed: 4 });
      await expect(run(() => ports().credits.save(broken))).rejects.toBeInstanceOf(
        TherapyCreditsInconsistent,
      );
      expect(await run(() => ports().credits.findByIdForUpdate(ACCESS))).toMatchObject({
        remaining: 2,
        redeemed: 1,
      });
    });

    it('finds active users by id and by exact email, ignoring case and never matching patterns', async () => {
      const gone = 'a1000000-0000-4000-8000-000000000003' as UserId;
      await ports().seed.user({ id: gone, email: 'gone@example.org', isActive: false });
      expect(await run(() => ports().clients.findActiveById(USER))).toBe(USER);
      expect(await run(() => ports().clients.findActiveById(gone))).toBeNull();
      expect(await run(() => ports().clients.findActiveByEmail('CLIENT@example.org'))).toBe(USER);
      expect(await run(() => ports().clients.findActiveByEmail('gone@example.org'))).toBeNull();
      for (const pattern of ['%@example.org', '_lient@example.org', 'client@example']) {
        expect(await run(() => ports().clients.findActiveByEmail(pattern))).toBeNull();
      }
    });

    it('never finds a deleted user, even one an admin set active again', async () => {
      const deleted = 'a1000000-0000-4000-8000-000000000004' as UserId;
      await ports().seed.user({ id: deleted, email: 'deleted@example.org', isActive: true, deletedAt: T0 });
      expect(await run(() => ports().clients.findActiveById(deleted))).toBeNull();
      expect(await run(() => ports().clients.findActiveByEmail('deleted@example.org'))).toBeNull();
    });
  });
}
