import { Partner } from '../../src/domain/partner/partner.js';
import type { AccessCode } from '../../src/domain/partner-access/access-code.js';
import { PartnerAccess, type Grant } from '../../src/domain/partner-access/partner-access.js';
import { PartnerAdmin } from '../../src/domain/partner-admin/partner-admin.js';
import { PartnerFeature } from '../../src/domain/partner-feature/partner-feature.js';
import type {
  FeatureId,
  PartnerAccessId,
  PartnerAdminId,
  PartnerFeatureId,
  PartnerId,
  UserId,
} from '../../src/domain/shared/ids.js';

export const T0 = new Date('2026-01-15T10:00:00.000Z');
export const PARTNER_ID = 'a1000000-0000-4000-8000-000000000001' as PartnerId;
export const ADMIN_ID = 'a2000000-0000-4000-8000-000000000001' as PartnerAdminId;
export const ADMIN_USER_ID = 'a3000000-0000-4000-8000-000000000001' as UserId;
export const USER_ID = 'a3000000-0000-4000-8000-000000000002' as UserId;
export const OTHER_USER_ID = 'a3000000-0000-4000-8000-000000000003' as UserId;

export function aPartner(
  overrides: { id?: string; name?: string; createdAt?: Date; active?: boolean } = {},
): Partner {
  const partner = Partner.create(
    (overrides.id ?? PARTNER_ID) as PartnerId,
    overrides.name ?? 'Bumble',
    overrides.createdAt ?? T0,
  );
  if (overrides.active === false) partner.setActive(false, overrides.createdAt ?? T0);
  return partner;
}

export function aPartnerAdmin(
  overrides: { id?: string; userId?: string; partnerId?: string } = {},
): PartnerAdmin {
  return PartnerAdmin.create(
    (overrides.id ?? ADMIN_ID) as PartnerAdminId,
    (overrides.userId ?? ADMIN_USER_ID) as UserId,
    (overrides.partnerId ?? PARTNER_ID) as PartnerId,
    T0,
  );
}

export function aPartnerFeature(overrides: {
  id?: string;
  partnerId?: string;
  featureId: string;
  active?: boolean;
}): PartnerFeature {
  return PartnerFeature.create(
    (overrides.id ?? 'a4000000-0000-4000-8000-000000000001') as PartnerFeatureId,
    (overrides.partnerId ?? PARTNER_ID) as PartnerId,
    overrides.featureId as FeatureId,
    overrides.active ?? true,
    T0,
  );
}

export const A_GRANT: Grant = {
  featureLiveChat: true,
  featureTherapy: true,
  therapySessionsRemaining: 6,
  therapySessionsRedeemed: 0,
};

/** A minted, unclaimed code of PARTNER_ID, created at T0 unless told otherwise. */
export function aPartnerAccess(
  overrides: {
    id?: string;
    code?: string;
    partnerId?: string;
    createdAt?: Date;
    claimedBy?: UserId;
    active?: boolean;
  } = {},
): PartnerAccess {
  const createdAt = overrides.createdAt ?? T0;
  const access = PartnerAccess.mint(
    (overrides.id ?? 'a5000000-0000-4000-8000-000000000001') as PartnerAccessId,
    { id: ADMIN_ID, partnerId: (overrides.partnerId ?? PARTNER_ID) as PartnerId },
    (overrides.code ?? 'ABCDEF') as AccessCode,
    A_GRANT,
    createdAt,
  );
  if (overrides.claimedBy) access.claimFor(overrides.claimedBy, createdAt);
  if (overrides.active === false) access.change({ active: false }, createdAt);
  return access;
}
