import { beforeEach, describe, expect, it } from 'vitest';
import { SetPartnerActive } from '../../../src/application/partner/set-partner-active.js';
import type { PartnerAccessId, PartnerAdminId, PartnerId } from '../../../src/domain/shared/ids.js';
import {
  aPartner,
  aPartnerAccess,
  aPartnerAdmin,
  PARTNER_ID,
  USER_ID,
} from '../../builders/partner.builder.js';
import { partnerHarness } from '../partner-access/partner-access-harness.js';

const OTHER_PARTNER = 'a1000000-0000-4000-8000-000000000002' as PartnerId;
const LATER = new Date('2026-06-01T00:00:00.000Z');

describe('SetPartnerActive', () => {
  let h: ReturnType<typeof partnerHarness>;
  let use: SetPartnerActive;
  const access = (id: string) => h.accesses.findById(id as PartnerAccessId);
  const admin = (id: string) => h.admins.findById(id as PartnerAdminId);

  beforeEach(async () => {
    h = partnerHarness();
    use = new SetPartnerActive(h.partners, h.admins, h.accesses, h.uow, h.clock);
    await h.partners.add(aPartner());
    await h.partners.add(aPartner({ id: OTHER_PARTNER, name: 'Badoo' }));
    await h.admins.add(aPartnerAdmin({ id: 'a2000000-0000-4000-8000-00000000000a' }));
    await h.admins.add(
      aPartnerAdmin({
        id: 'a2000000-0000-4000-8000-00000000000b',
        userId: USER_ID,
        partnerId: OTHER_PARTNER,
      }),
    );
    await h.accesses.add(aPartnerAccess({ id: 'a5000000-0000-4000-8000-00000000000a', code: 'UNCLMD' }));
    await h.accesses.add(
      aPartnerAccess({ id: 'a5000000-0000-4000-8000-00000000000b', code: 'CLAIMD', claimedBy: USER_ID }),
    );
    await h.accesses.add(
      aPartnerAccess({
        id: 'a5000000-0000-4000-8000-00000000000c',
        code: 'OTHERS',
        partnerId: OTHER_PARTNER,
      }),
    );
    h.clock.current = LATER;
  });

  it('deactivates the partner, its admins and its unclaimed codes; claimed accesses and other partners stay', async () => {
    const partner = await use.execute(PARTNER_ID, false);
    expect(partner).toMatchObject({ isActive: false, updatedAt: LATER });
    expect((await admin('a2000000-0000-4000-8000-00000000000a'))?.active).toBe(false);
    expect((await admin('a2000000-0000-4000-8000-00000000000b'))?.active).toBe(true);
    expect((await access('a5000000-0000-4000-8000-00000000000a'))?.active).toBe(false);
    expect((await access('a5000000-0000-4000-8000-00000000000b'))?.active).toBe(true);
    expect((await access('a5000000-0000-4000-8000-00000000000c'))?.active).toBe(true);
  });

  it('reactivating revives nothing else', async () => {
    await use.execute(PARTNER_ID, false);
    expect((await use.execute(PARTNER_ID, true)).isActive).toBe(true);
    expect((await admin('a2000000-0000-4000-8000-00000000000a'))?.active).toBe(false);
    expect((await access('a5000000-0000-4000-8000-00000000000a'))?.active).toBe(false);
  });

  it('answers PARTNER_NOT_FOUND for an unknown partner', async () => {
    await expect(
      use.execute('a1000000-0000-4000-8000-00000000ffff' as PartnerId, false),
    ).rejects.toMatchObject({
      code: 'PARTNER_NOT_FOUND',
      kind: 'not_found',
    });
  });
});
