import { beforeEach, describe, expect, it } from 'vitest';
import { MintPartnerAccess } from '../../../src/application/partner-access/mint-partner-access.js';
import { CryptoAccessCodeGenerator } from '../../../src/adapters/system/crypto-access-code-generator.js';
import type { AccessCodeGenerator } from '../../../src/domain/partner-access/access-code-generator.js';
import type { AccessCode } from '../../../src/domain/partner-access/access-code.js';
import {
  A_GRANT,
  ADMIN_ID,
  aPartner,
  aPartnerAccess,
  aPartnerAdmin,
  PARTNER_ID,
  T0,
} from '../../builders/partner.builder.js';
import { partnerHarness } from './partner-access-harness.js';

/** Hands out the given codes in order, then repeats the last one. */
class ScriptedCodes implements AccessCodeGenerator {
  drawn = 0;
  constructor(private readonly codes: string[]) {}
  next(): AccessCode {
    const code = this.codes[Math.min(this.drawn, this.codes.length - 1)];
    this.drawn += 1;
    return code as AccessCode;
  }
}

describe('MintPartnerAccess', () => {
  let h: ReturnType<typeof partnerHarness>;
  const admin = { id: ADMIN_ID, partnerId: PARTNER_ID };
  const useCase = (codes: AccessCodeGenerator) =>
    new MintPartnerAccess(h.partners, h.admins, h.accesses, codes, h.uow, h.clock, h.ids);
  const mint = (codes: AccessCodeGenerator) => useCase(codes).execute({ admin, grant: A_GRANT });

  beforeEach(async () => {
    h = partnerHarness();
    await h.partners.add(aPartner());
    await h.admins.add(aPartnerAdmin());
    await h.accesses.add(aPartnerAccess({ code: 'TAKEN2' }));
  });

  it('refuses with FORBIDDEN once the partner was deactivated since the caller was authenticated', async () => {
    const partner = await h.partners.findById(PARTNER_ID);
    partner?.setActive(false, T0);
    await expect(mint(new ScriptedCodes(['NEWONE']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.accesses.findByCode('NEWONE' as AccessCode)).toBeNull();
  });

  it('refuses with FORBIDDEN once the admin row was deactivated', async () => {
    (await h.admins.findById(ADMIN_ID))?.setActive(false, T0);
    await expect(mint(new ScriptedCodes(['NEWONE']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("mints an unclaimed code for the admin's partner", async () => {
    const access = await mint(new ScriptedCodes(['NEWONE']));
    expect(access).toMatchObject({
      accessCode: 'NEWONE',
      partnerId: PARTNER_ID,
      partnerAdminId: ADMIN_ID,
      userId: null,
      activatedAt: null,
      active: true,
      therapySessionsRemaining: 6,
    });
  });

  it('draws again when a code is taken', async () => {
    const codes = new ScriptedCodes(['TAKEN2', 'TAKEN2', 'FRESH3']);
    expect((await mint(codes)).accessCode).toBe('FRESH3');
    expect(codes.drawn).toBe(3);
  });

  it('gives up with ACCESS_CODE_UNAVAILABLE after ten collisions', async () => {
    const codes = new ScriptedCodes(['TAKEN2']);
    await expect(mint(codes)).rejects.toMatchObject({ code: 'ACCESS_CODE_UNAVAILABLE' });
    expect(codes.drawn).toBe(10);
  });

  it('refuses counters outside 0..100', async () => {
    const use = useCase(new ScriptedCodes(['NEWONE']));
    const grant = { ...A_GRANT, therapySessionsRemaining: 101 };
    await expect(use.execute({ admin, grant })).rejects.toMatchObject({ code: 'INVALID_THERAPY_SESSIONS' });
  });
});

describe('CryptoAccessCodeGenerator', () => {
  it('draws six characters from the unambiguous alphabet (no 0 O 1 I L)', () => {
    const generator = new CryptoAccessCodeGenerator();
    const codes = Array.from({ length: 2000 }, () => generator.next());
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(new Set(codes.join(''))).toEqual(new Set('ABCDEFGHJKMNPQRSTUVWXYZ23456789'));
  });
});
