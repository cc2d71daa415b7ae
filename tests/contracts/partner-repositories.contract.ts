import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureRepository } from '../../src/domain/feature/feature-repository.js';
import { PartnerAlreadyExists } from '../../src/domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../src/domain/partner/partner-repository.js';
import type { AccessCode } from '../../src/domain/partner-access/access-code.js';
import type { PartnerAccessRepository } from '../../src/domain/partner-access/partner-access-repository.js';
import { UserAlreadyPartnerAdmin } from '../../src/domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../src/domain/partner-admin/partner-admin-repository.js';
import { PartnerFeatureAlreadyExists } from '../../src/domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../src/domain/partner-feature/partner-feature-repository.js';
import type { PartnerAccessId, PartnerId, UserId } from '../../src/domain/shared/ids.js';
import { aFeature } from '../builders/feature.builder.js';
import {
  ADMIN_USER_ID,
  aPartner,
  aPartnerAccess,
  aPartnerAdmin,
  aPartnerFeature,
  PARTNER_ID,
  T0,
  USER_ID,
} from '../builders/partner.builder.js';
import type { Store } from '../support/stores.js';

export interface PartnerPorts {
  partners: PartnerRepository;
  admins: PartnerAdminRepository;
  partnerFeatures: PartnerFeatureRepository;
  accesses: PartnerAccessRepository;
  features: FeatureRepository;
  /** Databases need a user row behind every user id (foreign keys); in memory there is nothing to do. */
  seedUser(id: UserId): Promise<void>;
}

const LATER = new Date('2026-02-01T00:00:00.000Z');
const OTHER_PARTNER = 'a1000000-0000-4000-8000-000000000002' as PartnerId;

export function partnerRepositoriesContract(name: string, open: () => Promise<Store<PartnerPorts>>) {
  describe(`${name} honours the partner repositories`, () => {
    let store: Store<PartnerPorts>;
    const p = () => store.ports;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(async () => {
      await store.reset();
      await p().seedUser(ADMIN_USER_ID);
      await p().seedUser(USER_ID);
      await run(async () => {
        await p().partners.add(aPartner());
        await p().admins.add(aPartnerAdmin());
      });
    });

    it('finds a partner by id and by name in any case, and refuses a name differing only in case', async () => {
      expect(await run(() => p().partners.findById(PARTNER_ID))).toMatchObject({
        name: 'Bumble',
        isActive: true,
        createdAt: T0,
      });
      expect((await run(() => p().partners.findByName('bUMBLE')))?.id).toBe(PARTNER_ID);
      expect(await run(() => p().partners.findByName('Bumbl'))).toBeNull();
      const twin = aPartner({ id: OTHER_PARTNER, name: 'BUMBLE' });
      await expect(run(() => p().partners.add(twin))).rejects.toBeInstanceOf(PartnerAlreadyExists);
      expect(await run(() => p().partners.list())).toHaveLength(1);
    });

    it('saves a partner switched off', async () => {
      await run(async () => {
        const partner = await p().partners.findById(PARTNER_ID);
        partner?.setActive(false, LATER);
        await p().partners.save(partner!);
      });
      expect(await run(() => p().partners.findById(PARTNER_ID))).toMatchObject({
        isActive: false,
        updatedAt: LATER,
      });
    });

    it('keeps one admin row per user and deactivates all admins of a partner', async () => {
      expect((await run(() => p().admins.findByUserId(ADMIN_USER_ID)))?.partnerId).toBe(PARTNER_ID);
      const second = aPartnerAdmin({ id: 'a2000000-0000-4000-8000-000000000009' });
      await expect(run(() => p().admins.add(second))).rejects.toBeInstanceOf(UserAlreadyPartnerAdmin);
      expect(await run(() => p().admins.deactivateAllOf(PARTNER_ID, LATER))).toBe(1);
      expect(await run(() => p().admins.findById(aPartnerAdmin().id))).toMatchObject({ active: false });
    });

    it('keeps one partner feature per partner and feature', async () => {
      const feature = aFeature({ name: 'THERAPY' });
      await run(() => p().features.add(feature));
      const pf = aPartnerFeature({ featureId: feature.id });
      await run(() => p().partnerFeatures.add(pf));
      const twin = aPartnerFeature({ id: 'a4000000-0000-4000-8000-000000000009', featureId: feature.id });
      await expect(run(() => p().partnerFeatures.add(twin))).rejects.toBeInstanceOf(
        PartnerFeatureAlreadyExists,
      );
      await run(async () => {
        const found = await p().partnerFeatures.find(PARTNER_ID, feature.id);
        found?.setActive(false, LATER);
        await p().partnerFeatures.save(found!);
      });
      expect(await run(() => p().partnerFeatures.findById(pf.id))).toMatchObject({
        active: false,
        featureId: feature.id,
      });
    });

    it('inserts a code unless taken, without spoiling the unit of work for the next attempt', async () => {
      const first = aPartnerAccess({ code: 'ABCDEF' });
      const clash = aPartnerAccess({ id: 'a5000000-0000-4000-8000-000000000002', code: 'ABCDEF' });
      const retry = aPartnerAccess({ id: 'a5000000-0000-4000-8000-000000000003', code: 'GHJKMN' });
      expect(await run(() => p().accesses.addIfCodeFree(first))).toBe(true);
      const outcomes = await run(async () => [
        await p().accesses.addIfCodeFree(clash),
        await p().accesses.addIfCodeFree(retry),
      ]);
      expect(outcomes).toEqual([false, true]);
      expect((await run(() => p().accesses.findByCode('GHJKMN' as AccessCode)))?.access.id).toBe(retry.id);
      expect(await run(() => p().accesses.findById(clash.id))).toBeNull();
    });

    it('reads an access by its code together with its partner, as stored now', async () => {
      const code = 'ABCDEF' as AccessCode;
      await run(() => p().accesses.addIfCodeFree(aPartnerAccess({ code })));
      expect(await run(() => p().accesses.findByCode('ZZZZZZ' as AccessCode))).toBeNull();
      expect(await run(() => p().accesses.findByCodeForUpdate('ZZZZZZ' as AccessCode))).toBeNull();
      await run(async () => {
        const partner = await p().partners.findById(PARTNER_ID);
        partner!.setActive(false, LATER);
        await p().partners.save(partner!);
      });
      for (const find of [p().accesses.findByCode, p().accesses.findByCodeForUpdate]) {
        const found = await run(() => find.call(p().accesses, code));
        expect(found?.access).toMatchObject({
          id: aPartnerAccess().id,
          partnerId: PARTNER_ID,
          partnerAdminId: aPartnerAdmin().id,
          accessCode: code,
          createdAt: T0,
          active: true,
          userId: null,
          featureTherapy: true,
          therapySessionsRemaining: 6,
        });
        expect(found?.partner).toMatchObject({
          id: PARTNER_ID,
          name: 'Bumble',
          createdAt: T0,
          updatedAt: LATER,
          isActive: false,
        });
      }
    });

    it('saves a claim made on a locked row', async () => {
      await run(() => p().accesses.addIfCodeFree(aPartnerAccess({ code: 'ABCDEF' })));
      await run(async () => {
        const found = await p().accesses.findByCodeForUpdate('ABCDEF' as AccessCode);
        found!.access.claimFor(USER_ID, LATER);
        await p().accesses.save(found!.access);
      });
      const found = await run(() => p().accesses.findByCode('ABCDEF' as AccessCode));
      expect(found?.access).toMatchObject({
        userId: USER_ID,
        activatedAt: LATER,
        partnerAdminId: aPartnerAdmin().id,
        therapySessionsRemaining: 6,
      });
    });

    it('deactivates only the unclaimed codes of one partner', async () => {
      await run(() => p().partners.add(aPartner({ id: OTHER_PARTNER, name: 'Badoo' })));
      const codes = { free: 'FREE22', held: 'HELD22', other: 'OTHR22' };
      await run(async () => {
        await p().accesses.addIfCodeFree(
          aPartnerAccess({ id: 'a5000000-0000-4000-8000-00000000000a', code: codes.free }),
        );
        await p().accesses.addIfCodeFree(
          aPartnerAccess({ id: 'a5000000-0000-4000-8000-00000000000b', code: codes.held }),
        );
        await p().accesses.addIfCodeFree(
          aPartnerAccess({
            id: 'a5000000-0000-4000-8000-00000000000c',
            code: codes.other,
            partnerId: OTHER_PARTNER,
          }),
        );
        const held = await p().accesses.findByIdForUpdate(
          'a5000000-0000-4000-8000-00000000000b' as PartnerAccessId,
        );
        held!.claimFor(USER_ID, T0);
        await p().accesses.save(held!);
      });
      expect(await run(() => p().accesses.deactivateUnclaimedOf(PARTNER_ID, LATER))).toBe(1);
      const active = async (code: string) =>
        (await run(() => p().accesses.findByCode(code as AccessCode)))?.access.active;
      expect([await active(codes.free), await active(codes.held), await active(codes.other)]).toEqual([
        false,
        true,
        true,
      ]);
    });
  });
}
