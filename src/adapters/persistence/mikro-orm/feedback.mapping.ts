import { defineEntity, p } from '@mikro-orm/core';
import { ResourceFeedback, SessionFeedback } from '../../../domain/feedback/feedback.js';

export const SessionFeedbackMapping = defineEntity({
  class: SessionFeedback,
  tableName: 'session_feedback',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    sessionId: p.uuid(),
    feedbackTags: p.string().length(32),
    feedbackDescription: p.string().length(5000),
  },
});

export const ResourceFeedbackMapping = defineEntity({
  class: ResourceFeedback,
  tableName: 'resource_feedback',
  properties: {
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    resourceId: p.uuid(),
    feedbackTags: p.string().length(32),
    feedbackDescription: p.string().length(5000),
  },
});
