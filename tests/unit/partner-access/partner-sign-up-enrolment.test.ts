import { beforeEach, describe, expect, it } from 'vitest';
import { PartnerSignUpEnrolment } from '../../../src/application/partner-access/partner-sign-up-enrolment.js';
import { AUTOMATIC_ACCESS_CODE } from '../../../src/domain/feature/feature.js';
import type { PartnerAccessId, PartnerId } from '../../../src/domain/shared/ids.js';
import { aFeature } from '../../builders/feature.builder.js';
import {
  aPartner,
  aPartnerAccess,
  aPartnerFeature,
  OTHER_USER_ID,
  PARTNER_ID,
  T0,
  USER_ID,
} from '../../builders/partner.builder.js';
import { partnerHarness } from './partner-access-harness.js';

const UNKNOWN = 'a1000000-0000-4000-8000-00000000ffff' as PartnerId;

describe('PartnerSignUpEnrolment', () => {
  let h: ReturnType<typeof partnerHarness>;
  let enrolment: PartnerSignUpEnrolment;
  const automatic = aFeature({ name: AUTOMATIC_ACCESS_CODE });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'OK',
      (error: { code?: string }) => error.code,
    );

  beforeEach(async () => {
    h = partnerHarness();
    enrolment = new PartnerSignUpEnrolment(
      h.checks,
      h.assign,
      h.partners,
      h.features,
      h.partnerFeatures,
      h.accesses,
      h.uow,
      h.clock,
      h.ids,
    );
    await h.partners.add(aPartner());
    await h.features.add(automatic);
  });

  describe('with a code', () => {
    beforeEach(() => h.accesses.add(aPartnerAccess({ code: 'ABCDEF' })));

    it('checks with 6.2 and no caller: a claimed code is ALREADY_IN_USE', async () => {
      expect(await codeOf(enrolment.check({ kind: 'code', partnerAccessCode: 'abcdef' }))).toBe('OK');
      expect(await codeOf(enrolment.check({ kind: 'code', partnerAccessCode: 'ABC' }))).toBe('INVALID_CODE');
      await enrolment.enrol(OTHER_USER_ID, { kind: 'code', partnerAccessCode: 'ABCDEF' });
      expect(await codeOf(enrolment.check({ kind: 'code', partnerAccessCode: 'ABCDEF' }))).toBe(
        'ALREADY_IN_USE',
      );
    });

    it('claims the code for the new user exactly as assign does', async () => {
      await enrolment.enrol(USER_ID, { kind: 'code', partnerAccessCode: 'ABCDEF' });
      const access = (await h.accesses.findByCode(aPartnerAccess().accessCode!))?.access;
      expect(access).toMatchObject({ userId: USER_ID, activatedAt: T0 });
      expect(
        await codeOf(enrolment.enrol(OTHER_USER_ID, { kind: 'code', partnerAccessCode: 'ABCDEF' })),
      ).toBe('ALREADY_IN_USE');
    });
  });

  describe('with a partner id', () => {
    const request = { kind: 'partner' as const, partnerId: PARTNER_ID };

    it('needs an existing, active partner: 400 PARTNER_NOT_FOUND', async () => {
      const unknown = enrolment.check({ kind: 'partner', partnerId: UNKNOWN });
      await expect(unknown).rejects.toMatchObject({ code: 'PARTNER_NOT_FOUND', kind: 'invalid' });
      await h.partnerFeatures.add(aPartnerFeature({ featureId: automatic.id }));
      (await h.partners.findById(PARTNER_ID))?.setActive(false, T0);
      await expect(enrolment.check(request)).rejects.toMatchObject({ code: 'PARTNER_NOT_FOUND' });
    });

    it('needs an active AUTOMATIC_ACCESS_CODE partner feature: 400 PARTNER_FEATURE_NOT_ENABLED', async () => {
      await expect(enrolment.check(request)).rejects.toMatchObject({
        code: 'PARTNER_FEATURE_NOT_ENABLED',
        kind: 'invalid',
      });
      await h.partnerFeatures.add(aPartnerFeature({ featureId: automatic.id, active: false }));
      await expect(enrolment.check(request)).rejects.toMatchObject({ code: 'PARTNER_FEATURE_NOT_ENABLED' });
      await expect(enrolment.enrol(USER_ID, request)).rejects.toMatchObject({
        code: 'PARTNER_FEATURE_NOT_ENABLED',
      });
    });

    it('enrols with live chat, no therapy, counters 0, no code, activated now', async () => {
      await h.partnerFeatures.add(aPartnerFeature({ featureId: automatic.id }));
      await enrolment.check(request);
      h.clock.current = new Date('2026-02-01T08:00:00.000Z');
      await enrolment.enrol(USER_ID, request);
      const created = await h.accesses.findById('b0000000-0000-4000-8000-000000000001' as PartnerAccessId);
      expect(created).toMatchObject({
        partnerId: PARTNER_ID,
        userId: USER_ID,
        accessCode: null,
        partnerAdminId: null,
        featureLiveChat: true,
        featureTherapy: false,
        therapySessionsRemaining: 0,
        therapySessionsRedeemed: 0,
        active: true,
        activatedAt: new Date('2026-02-01T08:00:00.000Z'),
      });
    });
  });
});
