import type { CourseSessions, SessionInCourse } from '../../../domain/progress/course-sessions.js';
import type { SessionUserId } from '../../../domain/shared/ids.js';
import {
  COURSE_COLUMNS,
  courseSummaryOf,
  SESSION_COLUMNS,
  sessionSummaryOf,
  type CourseRow,
  type SessionRow,
} from './course-progress-rows.js';

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
  select ${COURSE_COLUMNS},
         ${SESSION_COLUMNS},
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
export interface OpenSessionRow extends CourseRow, SessionRow {
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
      session = { ...sessionSummaryOf(row), progress: [] };
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
    course: courseSummaryOf(first),
    sessions: [...sessions.values()],
  };
}
