import type { ContentStatus } from '../../../domain/profile/profile-views.js';
import type { ContentSummary } from '../../../domain/progress/course-sessions.js';
import type { CourseId, SessionId } from '../../../domain/shared/ids.js';

/**
 * The content columns both progress statements select, under the same names: GET /me's course
 * progress (MikroOrmCourseProgressReader) and the progress calls' open-session read
 * (progress-statements.ts). `c` is the course, `s` the session.
 */
export const COURSE_COLUMNS = `c.id as course_id, c.name as course_name, c.slug as course_slug, c.status as course_status,
         c.storyblok_id as course_storyblok_id, c.storyblok_uuid as course_storyblok_uuid`;
export const SESSION_COLUMNS = `s.id as session_id, s.name as session_name, s.slug as session_slug, s.status as session_status,
         s.storyblok_id as session_storyblok_id, s.storyblok_uuid as session_storyblok_uuid`;

export interface CourseRow {
  course_id: string;
  course_name: string;
  course_slug: string;
  course_status: ContentStatus;
  course_storyblok_id: string | number | null;
  course_storyblok_uuid: string | null;
}

export interface SessionRow {
  session_id: string;
  session_name: string;
  session_slug: string;
  session_status: ContentStatus;
  session_storyblok_id: string | number | null;
  session_storyblok_uuid: string | null;
}

export const courseSummaryOf = (row: CourseRow): ContentSummary<CourseId> => ({
  id: row.course_id as CourseId,
  name: row.course_name,
  slug: row.course_slug,
  status: row.course_status,
  storyblokId: numberOrNull(row.course_storyblok_id),
  storyblokUuid: row.course_storyblok_uuid,
});

export const sessionSummaryOf = (row: SessionRow): ContentSummary<SessionId> => ({
  id: row.session_id as SessionId,
  name: row.session_name,
  slug: row.session_slug,
  status: row.session_status,
  storyblokId: numberOrNull(row.session_storyblok_id),
  storyblokUuid: row.session_storyblok_uuid,
});

// bigint columns arrive as strings from node-postgres.
const numberOrNull = (value: string | number | null): number | null =>
  value === null ? null : Number(value);
