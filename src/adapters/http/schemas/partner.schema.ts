import { z } from '@hono/zod-openapi';
import type { Feature } from '../../../domain/feature/feature.js';
import type { Partner } from '../../../domain/partner/partner.js';
import type { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
import type { PartnerAdminListItem } from '../../../domain/partner-admin/partner-admin-reader.js';
import type { PartnerFeature } from '../../../domain/partner-feature/partner-feature.js';
import { iso, Timestamp } from './common.js';

/**
 * A partner name in a public path. A name longer than any stored one (the column holds 255) is
 * simply not found (404 PARTNER_NOT_FOUND, as the spec's lookup promises), so this bound only
 * caps the URL; it is compared, never written.
 */
export const PartnerNameInPath = z.string().min(1).max(2048);

/** Response shapes of SPEC section 6 (the section 5 shapes live in profile.schema.ts). */
const stamps = { createdAt: Timestamp, updatedAt: Timestamp };
const stampsJson = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export const PartnerRecordSchema = z
  .object({ id: z.guid(), name: z.string(), isActive: z.boolean(), ...stamps })
  .openapi('PartnerRecord');

export const FeatureRecordSchema = z.object({ id: z.guid(), name: z.string(), ...stamps }).openapi('Feature');

const partnerFeatureFields = { id: z.guid(), partnerId: z.guid(), featureId: z.guid(), active: z.boolean() };
export const PartnerFeatureRecordSchema = z
  .object({ ...partnerFeatureFields, ...stamps })
  .openapi('PartnerFeatureRecord');
export const AutomaticAccessFeatureSchema = z
  .object({ ...partnerFeatureFields, feature: z.object({ id: z.guid(), name: z.string() }) })
  .openapi('AutomaticAccessFeature');

const partnerAdminFields = {
  id: z.guid(),
  userId: z.guid(),
  partnerId: z.guid(),
  active: z.boolean(),
  ...stamps,
};
export const PartnerAdminRecordSchema = z.object(partnerAdminFields).openapi('PartnerAdminRecord');
export const PartnerAdminListItemSchema = z
  .object({ ...partnerAdminFields, user: z.object({ id: z.guid(), name: z.string(), email: z.string() }) })
  .openapi('PartnerAdminListItem');

export function partnerRecordJson(partner: Partner): z.infer<typeof PartnerRecordSchema> {
  return { id: partner.id, name: partner.name, isActive: partner.isActive, ...stampsJson(partner) };
}

export function featureJson(feature: Feature): z.infer<typeof FeatureRecordSchema> {
  return { id: feature.id, name: feature.name, ...stampsJson(feature) };
}

export function partnerFeatureJson(pf: PartnerFeature): z.infer<typeof PartnerFeatureRecordSchema> {
  return {
    id: pf.id,
    partnerId: pf.partnerId,
    featureId: pf.featureId,
    active: pf.active,
    ...stampsJson(pf),
  };
}

export function partnerAdminRecordJson(admin: PartnerAdmin): z.infer<typeof PartnerAdminRecordSchema> {
  return {
    id: admin.id,
    userId: admin.userId,
    partnerId: admin.partnerId,
    active: admin.active,
    ...stampsJson(admin),
  };
}

export function partnerAdminListItemJson(
  item: PartnerAdminListItem,
): z.infer<typeof PartnerAdminListItemSchema> {
  return { ...item, ...stampsJson(item), user: { ...item.user } };
}
