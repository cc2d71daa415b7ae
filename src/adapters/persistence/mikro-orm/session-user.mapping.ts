import { defineEntity, p } from '@mikro-orm/core';
import { SessionUser } from '../../../domain/progress/session-user.js';
import { ProgressRecordMapping } from './progress-record.mapping.js';

export const SessionUserMapping = defineEntity({
  class: SessionUser,
  extends: ProgressRecordMapping,
  tableName: 'session_user',
  properties: {
    id: p.uuid().primary(),
    courseUserId: p.uuid(),
    sessionId: p.uuid(),
    createdAt: p.datetime(),
  },
});
