import { z } from '@hono/zod-openapi';
import { MAX_THERAPY_SESSIONS, type PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type { ValidCode } from '../../../application/partner-access/validate-access-code.js';
import { iso, isoOrNull, Timestamp } from './common.js';
import { JudgedLater } from './user.schema.js';

/** Any string: a code that is otherwise valid JSON is judged by SPEC 6.2, never VALIDATION_FAILED (up to an absurd size). */
export const CodeBody = z.object({ partnerAccessCode: JudgedLater });

export const Sessions = z.number().int().min(0).max(MAX_THERAPY_SESSIONS);

export const MintedAccessSchema = z
  .object({
    id: z.guid(),
    accessCode: z.string(),
    partnerId: z.guid(),
    partnerAdminId: z.guid().nullable(),
    featureLiveChat: z.boolean(),
    featureTherapy: z.boolean(),
    therapySessionsRemaining: z.number().int(),
    therapySessionsRedeemed: z.number().int(),
    active: z.boolean(),
    activatedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('MintedPartnerAccess');

export const ValidCodeSchema = z
  .object({
    status: z.literal('VALID'),
    partner: z.object({ id: z.guid(), name: z.string() }),
    featureLiveChat: z.boolean(),
    featureTherapy: z.boolean(),
  })
  .openapi('ValidAccessCode');

export function mintedAccessJson(access: PartnerAccess): z.infer<typeof MintedAccessSchema> {
  return {
    id: access.id,
    accessCode: access.accessCode ?? '',
    partnerId: access.partnerId,
    partnerAdminId: access.partnerAdminId,
    featureLiveChat: access.featureLiveChat,
    featureTherapy: access.featureTherapy,
    therapySessionsRemaining: access.therapySessionsRemaining,
    therapySessionsRedeemed: access.therapySessionsRedeemed,
    active: access.active,
    activatedAt: isoOrNull(access.activatedAt),
    createdAt: iso(access.createdAt),
    updatedAt: iso(access.updatedAt),
  };
}

export function validCodeJson(valid: ValidCode): z.infer<typeof ValidCodeSchema> {
  return {
    status: 'VALID',
    partner: { id: valid.partner.id, name: valid.partner.name },
    featureLiveChat: valid.featureLiveChat,
    featureTherapy: valid.featureTherapy,
  };
}
