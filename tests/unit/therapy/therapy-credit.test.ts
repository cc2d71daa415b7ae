import { describe, expect, it } from 'vitest';
import { accessToCharge } from '../../../src/domain/therapy/therapy-credit.js';
import { NoTherapyAccess, TherapyCreditsInconsistent } from '../../../src/domain/therapy/therapy-errors.js';
import { ACCESS, aTherapyCredit, LATER_ACCESS, T0 } from '../../builders/therapy.builder.js';

describe('TherapyCredit', () => {
  it('redeems one session: remaining down, redeemed up', () => {
    const credit = aTherapyCredit({ remaining: 2, redeemed: 1 });
    credit.redeem();
    expect([credit.remaining, credit.redeemed]).toEqual([1, 2]);
  });

  it('refuses to redeem when nothing remains, or the access is inactive or without therapy', () => {
    for (const credit of [
      aTherapyCredit({ remaining: 0 }),
      aTherapyCredit({ active: false }),
      aTherapyCredit({ featureTherapy: false }),
    ]) {
      expect(() => credit.redeem()).toThrow(NoTherapyAccess);
    }
  });

  it('refunds one session, even on an access switched off since', () => {
    const credit = aTherapyCredit({ active: false, remaining: 0, redeemed: 1 });
    credit.refund();
    expect([credit.remaining, credit.redeemed]).toEqual([1, 0]);
  });

  it('refuses a refund that would take redeemed below 0', () => {
    const credit = aTherapyCredit({ remaining: 3, redeemed: 0 });
    expect(() => credit.refund()).toThrow(TherapyCreditsInconsistent);
    expect([credit.remaining, credit.redeemed]).toEqual([3, 0]);
  });

  it('charges the oldest eligible access', () => {
    const older = aTherapyCredit({ accessId: ACCESS, createdAt: T0, remaining: 0 });
    const newer = aTherapyCredit({ accessId: LATER_ACCESS, createdAt: new Date(T0.getTime() + 1000) });
    const oldest = aTherapyCredit({ accessId: ACCESS, createdAt: T0 });
    expect(accessToCharge([newer, older])?.accessId).toBe(LATER_ACCESS);
    expect(accessToCharge([newer, oldest])?.accessId).toBe(ACCESS);
    expect(accessToCharge([older])).toBeNull();
  });
});
