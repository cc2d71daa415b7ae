import { defineEntity } from '@mikro-orm/core';
import { Course } from '../../../domain/content/course.js';
import { PublishedContentMapping } from './published-content.mapping.js';

export const CourseMapping = defineEntity({
  class: Course,
  extends: PublishedContentMapping,
  tableName: 'course',
  properties: {},
});
