import { defineEntity, p } from '@mikro-orm/core';
import { ResourceUser } from '../../../domain/resource-progress/resource-user.js';

export const ResourceUserMapping = defineEntity({
  class: ResourceUser,
  tableName: 'resource_user',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    userId: p.uuid(),
    resourceId: p.uuid(),
    completedAt: p.datetime().nullable().accessor('_completedAt'),
  },
});
