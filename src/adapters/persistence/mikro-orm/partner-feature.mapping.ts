import { defineEntity, p } from '@mikro-orm/core';
import { PartnerFeature } from '../../../domain/partner-feature/partner-feature.js';

export const PartnerFeatureMapping = defineEntity({
  class: PartnerFeature,
  tableName: 'partner_feature',
  properties: {
    id: p.uuid().primary(),
    partnerId: p.uuid(),
    featureId: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    active: p.boolean().accessor('_active'),
  },
});
