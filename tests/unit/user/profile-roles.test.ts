import { describe, expect, it } from 'vitest';
import type {
  PartnerAccessView,
  PartnerAdminView,
  PartnerView,
} from '../../../src/domain/profile/profile-views.js';
import type { PartnerAccessId, PartnerAdminId, PartnerId } from '../../../src/domain/shared/ids.js';
import { aUser } from '../../builders/user.builder.js';
import { NOW, userHarness } from './user-harness.js';

const partner = (n: number, isActive = true): PartnerView => ({
  id: `p0000000-0000-4000-8000-00000000000${n}` as PartnerId,
  name: `Partner ${n}`,
  isActive,
  partnerFeature: [],
});

const access = (n: number, active: boolean, of = partner(n)): PartnerAccessView => ({
  id: `a0000000-0000-4000-8000-00000000000${n}` as PartnerAccessId,
  createdAt: NOW,
  updatedAt: NOW,
  activatedAt: NOW,
  featureLiveChat: true,
  featureTherapy: false,
  accessCode: null,
  active,
  therapySessionsRemaining: 0,
  therapySessionsRedeemed: 0,
  partner: of,
  therapySessions: [],
});

const admin = (active: boolean, of: PartnerView): PartnerAdminView => ({
  id: 'ad000000-0000-4000-8000-000000000001' as PartnerAdminId,
  active,
  createdAt: NOW,
  updatedAt: NOW,
  partner: of,
});

/** SPEC 12.4 on GetMyProfile over in-memory adapters: only roles that grant something now. */
describe('the caller’s profile lists live roles only', () => {
  const profileWith = async (accesses: PartnerAccessView[], role: PartnerAdminView | null) => {
    const h = userHarness();
    const user = aUser();
    await h.users.add(user);
    h.accounts.partnerAccesses.set(user.id, accesses);
    if (role) h.accounts.partnerAdmins.set(user.id, role);
    return h.getMyProfile.execute(user.id);
  };

  it('keeps active accesses, those of a deactivated partner included, and drops inactive ones', async () => {
    const profile = await profileWith(
      [access(1, true), access(2, false), access(3, true, partner(3, false))],
      null,
    );
    expect(profile.partnerAccesses.map((a) => a.id)).toEqual([access(1, true).id, access(3, true).id]);
    expect(profile.resources).toEqual([]);
  });

  it('shows the admin role only while it and its partner are active', async () => {
    expect((await profileWith([], admin(true, partner(1)))).partnerAdmin?.active).toBe(true);
    expect((await profileWith([], admin(false, partner(1)))).partnerAdmin).toBeNull();
    expect((await profileWith([], admin(true, partner(1, false)))).partnerAdmin).toBeNull();
  });
});
