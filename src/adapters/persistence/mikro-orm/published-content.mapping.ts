import { defineEntity, p } from '@mikro-orm/core';
import { PublishedContent } from '../../../domain/content/published-content.js';

/**
 * The columns `course` and `session` share. It must map the base class itself: MikroORM looks
 * for an accessor's getter on the mapped class's own prototype, so a subclass cannot map the
 * inherited ones. Abstract, so it has no table; each subclass's mapping extends it.
 */
export const PublishedContentMapping = defineEntity({
  class: PublishedContent,
  abstract: true,
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    name: p.string().length(255).accessor('_name'),
    slug: p.string().length(255).accessor('_slug'),
    status: p.string().length(16).accessor('_status'),
    storyblokId: p.bigint('number').nullable().accessor('_storyblokId'),
    storyblokUuid: p.string().length(64).nullable().accessor('_storyblokUuid'),
  },
});
