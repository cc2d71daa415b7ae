import { defineEntity, p } from '@mikro-orm/core';
import { CourseUser } from '../../../domain/progress/course-user.js';
import { ProgressRecordMapping } from './progress-record.mapping.js';

export const CourseUserMapping = defineEntity({
  class: CourseUser,
  extends: ProgressRecordMapping,
  tableName: 'course_user',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    courseId: p.uuid(),
    createdAt: p.datetime(),
  },
});
