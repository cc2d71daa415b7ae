import type { PartnerAccessView, PartnerAdminView } from './profile-views.js';

interface Roles {
  partnerAccesses: PartnerAccessView[];
  partnerAdmin: PartnerAdminView | null;
}

/**
 * SPEC 12.4: the caller's own profile lists only what grants something now. The frontend reads
 * neither `active` flag, so an inactive access would still unlock partner content and therapy,
 * and an inactive admin row (or one of an inactive partner) the admin pages. Accesses of a
 * deactivated partner stay: its claimed accesses remain active by design (SPEC section 6).
 */
export function grantingRoles<T extends Roles>(account: T): T {
  const admin = account.partnerAdmin;
  return {
    ...account,
    partnerAccesses: account.partnerAccesses.filter((access) => access.active),
    partnerAdmin: admin && admin.active && admin.partner.isActive ? admin : null,
  };
}
