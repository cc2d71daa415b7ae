import { defineEntity, p } from '@mikro-orm/core';
import { Feature } from '../../../domain/feature/feature.js';

export const FeatureMapping = defineEntity({
  class: Feature,
  tableName: 'feature',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(255),
    createdAt: p.datetime(),
    updatedAt: p.datetime().onUpdate(() => new Date()),
  },
});
