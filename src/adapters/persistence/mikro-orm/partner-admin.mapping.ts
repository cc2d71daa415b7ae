import { defineEntity, p } from '@mikro-orm/core';
import { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';

export const PartnerAdminMapping = defineEntity({
  class: PartnerAdmin,
  tableName: 'partner_admin',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    partnerId: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    active: p.boolean().accessor('_active'),
  },
});
