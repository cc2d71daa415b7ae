import { beforeEach, describe, expect, it } from 'vitest';
import type { AssignPartnerAccess } from '../../../src/application/partner-access/assign-partner-access.js';
import { ValidateAccessCode } from '../../../src/application/partner-access/validate-access-code.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import {
  aPartner,
  aPartnerAccess,
  OTHER_USER_ID,
  PARTNER_ID,
  T0,
  USER_ID,
} from '../../builders/partner.builder.js';
import { partnerHarness } from './partner-access-harness.js';

const ONE_YEAR_LATER = new Date('2027-01-15T10:00:00.000Z');

/** SPEC 6.2, through both routes that run it: validate (no caller) and assign (a caller). */
describe('access code checks (SPEC 6.2)', () => {
  let h: ReturnType<typeof partnerHarness>;
  let validate: ValidateAccessCode;
  let assign: AssignPartnerAccess;
  const claim = (code: string, userId: UserId = USER_ID) => assign.execute({ userId, code });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'OK',
      (error: { code?: string }) => error.code,
    );

  beforeEach(async () => {
    h = partnerHarness();
    validate = new ValidateAccessCode(h.checks);
    assign = h.assign;
    await h.partners.add(aPartner());
  });

  it.each(['', 'ABCDE', 'ABCDEFG', 'ABC-EF', 'ÄBCDEF', 'AB CDE'])('1. %j is INVALID_CODE', async (code) => {
    expect(await codeOf(validate.execute(code))).toBe('INVALID_CODE');
    expect(await codeOf(claim(code))).toBe('INVALID_CODE');
  });

  it('trims and upper-cases the input before anything else', async () => {
    await h.accesses.add(aPartnerAccess({ code: 'ABCDEF' }));
    expect(await validate.execute('  abcDEF ')).toEqual({
      partner: { id: PARTNER_ID, name: 'Bumble' },
      featureLiveChat: true,
      featureTherapy: true,
    });
  });

  it('2. an unknown code is DOES_NOT_EXIST', async () => {
    expect(await codeOf(validate.execute('ZZZZZZ'))).toBe('DOES_NOT_EXIST');
    expect(await codeOf(claim('ZZZZZZ'))).toBe('DOES_NOT_EXIST');
  });

  it('3. an inactive access is INACTIVE, before it being claimed or expired', async () => {
    await h.accesses.add(aPartnerAccess({ active: false, claimedBy: OTHER_USER_ID }));
    h.clock.current = new Date('2030-01-01T00:00:00.000Z');
    expect(await codeOf(validate.execute('ABCDEF'))).toBe('INACTIVE');
    expect(await codeOf(claim('ABCDEF'))).toBe('INACTIVE');
  });

  it('3. an active code of an inactive partner is INACTIVE', async () => {
    await h.accesses.add(aPartnerAccess());
    const partner = await h.partners.findById(PARTNER_ID);
    partner?.setActive(false, T0);
    expect(await codeOf(validate.execute('ABCDEF'))).toBe('INACTIVE');
    expect(await codeOf(claim('ABCDEF'))).toBe('INACTIVE');
  });

  it('4. a claimed code is ALREADY_APPLIED for its holder and ALREADY_IN_USE for anyone else, before expiry', async () => {
    await h.accesses.add(aPartnerAccess());
    await claim('ABCDEF', USER_ID);
    h.clock.current = new Date('2030-01-01T00:00:00.000Z');
    expect(await codeOf(claim('ABCDEF', USER_ID))).toBe('ALREADY_APPLIED');
    expect(await codeOf(claim('ABCDEF', OTHER_USER_ID))).toBe('ALREADY_IN_USE');
    expect(await codeOf(validate.execute('ABCDEF'))).toBe('ALREADY_IN_USE');
  });

  it('5. a code is still good at exactly one year, and CODE_EXPIRED one millisecond later', async () => {
    await h.accesses.add(aPartnerAccess());
    h.clock.current = new Date(ONE_YEAR_LATER.getTime() + 1);
    expect(await codeOf(validate.execute('ABCDEF'))).toBe('CODE_EXPIRED');
    expect(await codeOf(claim('ABCDEF'))).toBe('CODE_EXPIRED');
    h.clock.current = ONE_YEAR_LATER;
    expect(await codeOf(validate.execute('ABCDEF'))).toBe('OK');
    expect(await codeOf(claim('ABCDEF'))).toBe('OK');
  });

  it('assign claims the code for the caller, sets activatedAt and enqueues their profile sync', async () => {
    await h.accesses.add(aPartnerAccess());
    h.clock.current = new Date('2026-03-01T12:00:00.000Z');
    const view = await claim(' abcdef');
    expect(view).toMatchObject({ accessCode: 'ABCDEF', activatedAt: new Date('2026-03-01T12:00:00.000Z') });
    const access = (await h.accesses.findByCode(aPartnerAccess().accessCode!))?.access;
    expect(access?.userId).toBe(USER_ID);
    expect(access?.activatedAt).toEqual(new Date('2026-03-01T12:00:00.000Z'));
    expect([...h.profiles.queued]).toEqual([USER_ID]);
  });

  it('concurrent claims in one process: exactly one wins', async () => {
    await h.accesses.add(aPartnerAccess());
    const users = Array.from({ length: 5 }, (_, i) => `a3000000-0000-4000-8000-00000000010${i}` as UserId);
    const results = await Promise.all(users.map((userId) => codeOf(claim('ABCDEF', userId))));
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'ALREADY_IN_USE')).toHaveLength(4);
  });
});
