import { defineEntity, p } from '@mikro-orm/core';
import { CoursePartner } from '../../../domain/content/course-partner.js';

export const CoursePartnerMapping = defineEntity({
  class: CoursePartner,
  tableName: 'course_partner',
  properties: {
    id: p.uuid().primary(),
    courseId: p.uuid(),
    partnerId: p.uuid(),
    active: p.boolean(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
