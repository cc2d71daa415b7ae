import type { ContentStatus } from '../../../domain/profile/profile-views.js';
import type { CourseSessions, SessionInCourse } from '../../../domain/progress/course-sessions.js';
import type { CourseId, SessionId, SessionUserId } from '../../../domain/shared/ids.js';

/**
 * MikroOrmProgressRepository.openSession in one statement: the user's rows for the course's
 * sessions (under any of their course_user rows), the session's row added when they have none
 * (ON CONFLICT DO NOTHING: a unique violation would abort the transaction), and every session
 * of the course with those rows, the preferred row of a session first (completed, then oldest,
 * as MikroOrmCourseProgressReader picks). The insert's row is not visible to the other parts of
 * the statement, hence the union with its RETURNING.
 * Params: userId, courseId, newId, courseUserId, sessionId, now, now, sessionId, courseId.
 */
export const OPEN_SESSION_SQL = `
  with mine as (
    select su.id, su.course_user_id, su.session_id, su.completed, su.completed_at, su.created_at, su.updated_at
      from "session_user" su
      join course_user own on own.id = su.course_user_id
      join session s on s.id = su.session_id
     where own.user_id = ? and s.course_id = ?
  ), added as (
    insert into "session_user" (id, course_user_id, session_id, created_at, updated_at)
    select ?::uuid, ?::uuid, ?::uuid, ?::timestamptz, ?::timestamptz
     where not exists (select 1 from mine where mine.session_id = ?::uuid)
    on conflict (course_user_id, session_id) do nothing
    returning id, course_user_id, session_id, completed, completed_at, created_at, updated_at
  ), progress as (
    select * from mine union all select * from added
  )
  select c.id as course_id, c.name as course_name, c.slug as course_slug, c.status as course_status,
         c.storyblok_id as course_storyblok_id, c.storyblok_uuid as course_storyblok_uuid,
         s.id as session_id, s.name as session_name, s.slug as session_slug, s.status as session_status,
         s.storyblok_id as session_storyblok_id, s.storyblok_uuid as session_storyblok_uuid,
         p.id, p.course_user_id, p.completed, p.completed_at, p.created_at, p.updated_at
    from course c
    join session s on s.course_id = c.id
    left join progress p on p.session_id = s.id
   where c.id = ?
   order by s.id, p.completed desc, p.created_at, p.id`;

/**
 * One progress row's new state, written only when it differs (a repeat writes nothing). `table`
 * is a literal of this module's callers. Params: completed, completedAt, updatedAt, id.
 */
export const updateProgressRow = (table: string) => `
    update ${table} t set completed = v.completed, completed_at = v.completed_at, updated_at = v.updated_at
      from (values (?::boolean, ?::timestamptz, ?::timestamptz, ?::uuid)) v (completed, completed_at, updated_at, id)
     where t.id = v.id
       and (t.completed, t.completed_at, t.updated_at) is distinct from (v.completed, v.completed_at, v.updated_at)`;

/** A row of OPEN_SESSION_SQL; the progress columns are session_user's own names, for em.map. */
export interface OpenSessionRow {
  course_id: string;
  course_name: string;
  course_slug: string;
  course_status: ContentStatus;
  course_storyblok_id: string | number | null;
  course_storyblok_uuid: string | null;
  session_id: string;
  session_name: string;
  session_slug: string;
  session_status: ContentStatus;
  session_storyblok_id: string | number | null;
  session_storyblok_uuid: string | null;
  id: string | null;
  course_user_id: string | null;
  completed: boolean | null;
  completed_at: Date | string | null;
  created_at: Date | string | null;
  updated_at: Date | string | null;
}

/** The rows, in their order, as the course and its sessions. */
export function courseSessionsOf(rows: OpenSessionRow[]): CourseSessions | null {
  const [first] = rows;
  if (!first) return null;
  const sessions = new Map<string, SessionInCourse>();
  for (const row of rows) {
    let session = sessions.get(row.session_id);
    if (!session) {
      session = {
        id: row.session_id as SessionId,
        name: row.session_name,
        slug: row.session_slug,
        status: row.session_status,
        storyblokId: numberOrNull(row.session_storyblok_id),
        storyblokUuid: row.session_storyblok_uuid,
        progress: [],
      };
      sessions.set(row.session_id, session);
    }
    if (row.id !== null && row.created_at !== null && row.updated_at !== null)
      session.progress.push({
        id: row.id as SessionUserId,
        completed: row.completed === true,
        completedAt: row.completed_at === null ? null : new Date(row.completed_at),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
      });
  }
  return {
    course: {
      id: first.course_id as CourseId,
      name: first.course_name,
      slug: first.course_slug,
      status: first.course_status,
      storyblokId: numberOrNull(first.course_storyblok_id),
      storyblokUuid: first.course_storyblok_uuid,
    },
    sessions: [...sessions.values()],
  };
}

// bigint columns arrive as strings from node-postgres.
const numberOrNull = (value: string | number | null): number | null =>
  value === null ? null : Number(value);
