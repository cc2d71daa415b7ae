import { defineEntity, p } from '@mikro-orm/core';
import { Resource } from '../../../domain/content/resource.js';
import { PublishedContentMapping } from './published-content.mapping.js';

export const ResourceMapping = defineEntity({
  class: Resource,
  extends: PublishedContentMapping,
  tableName: 'resource',
  properties: {
    category: p.string().length(32).accessor('_category'),
  },
});
