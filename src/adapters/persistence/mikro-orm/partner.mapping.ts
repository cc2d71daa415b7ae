import { defineEntity, p } from '@mikro-orm/core';
import { Partner } from '../../../domain/partner/partner.js';

export const PartnerMapping = defineEntity({
  class: Partner,
  tableName: 'partner',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(255),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    isActive: p.boolean().accessor('_isActive'),
  },
});
