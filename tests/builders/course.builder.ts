import type { CourseContent } from '../../src/domain/content/course.js';
import type { CourseId } from '../../src/domain/shared/ids.js';

export const T0 = new Date('2026-01-15T10:00:00.000Z');
export const later = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

export const COURSE_ID = 'c0000000-0000-4000-8000-000000000001' as CourseId;
export const OTHER_COURSE_ID = 'c0000000-0000-4000-8000-000000000002' as CourseId;

export function courseContent(overrides: Partial<CourseContent> = {}): CourseContent {
  return {
    storyblokId: 1001,
    storyblokUuid: '3f2b8c1e-6d4a-4e1b-9a7c-0c1d2e3f4a01',
    name: 'Healing from sexual trauma',
    slug: 'courses/healing-from-sexual-trauma',
    ...overrides,
  };
}
