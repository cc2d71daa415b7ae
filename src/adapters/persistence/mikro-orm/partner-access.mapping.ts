import { defineEntity, p } from '@mikro-orm/core';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';

export const PartnerAccessMapping = defineEntity({
  class: PartnerAccess,
  tableName: 'partner_access',
  properties: {
    id: p.uuid().primary(),
    partnerId: p.uuid(),
    partnerAdminId: p.uuid().nullable(),
    accessCode: p.string().length(6).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    featureLiveChat: p.boolean().accessor('_featureLiveChat'),
    featureTherapy: p.boolean().accessor('_featureTherapy'),
    therapySessionsRemaining: p.integer().accessor('_therapySessionsRemaining'),
    therapySessionsRedeemed: p.integer().accessor('_therapySessionsRedeemed'),
    userId: p.uuid().nullable().accessor('_userId'),
    activatedAt: p.datetime().nullable().accessor('_activatedAt'),
    active: p.boolean().accessor('_active'),
  },
});
