import { defineEntity, p } from '@mikro-orm/core';
import { ProgressRecord } from '../../../domain/progress/progress-record.js';

/**
 * The columns course_user and session_user share. It maps the base class itself because
 * MikroORM looks for an accessor's getter on the mapped class's own prototype (see
 * published-content.mapping.ts). Abstract: no table; each subclass's mapping extends it.
 */
export const ProgressRecordMapping = defineEntity({
  class: ProgressRecord,
  abstract: true,
  properties: {
    updatedAt: p.datetime().accessor('_updatedAt'),
    completed: p.boolean().accessor('_completed'),
    completedAt: p.datetime().nullable().accessor('_completedAt'),
  },
});
