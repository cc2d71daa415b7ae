import { defineEntity, p } from '@mikro-orm/core';
import { Session } from '../../../domain/content/session.js';
import { PublishedContentMapping } from './published-content.mapping.js';

export const SessionMapping = defineEntity({
  class: Session,
  extends: PublishedContentMapping,
  tableName: 'session',
  properties: {
    courseId: p.uuid().accessor('_courseId'),
  },
});
