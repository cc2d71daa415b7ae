import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { CourseProgressReader } from '../../../domain/profile/profile-readers.js';
import type {
  ContentStatus,
  CourseProgressView,
  SessionProgressView,
} from '../../../domain/profile/profile-views.js';
import type { CourseId, SessionId, UserId } from '../../../domain/shared/ids.js';
import { prepared, runPrepared } from './prepared-statements.js';
import { COURSE_COLUMNS, courseSummaryOf, type CourseRow } from './course-progress-rows.js';

/** One course, with its started sessions as JSON arrays (SessionJson), in the order they are shown. */
interface Row extends CourseRow {
  course_completed: boolean | null;
  course_completed_at: Date | string | null;
  course_created_at: Date | string;
  course_updated_at: Date | string;
  sessions: SessionJson[];
}

/** A session as SQL's json_build_array writes it; timestamps in PostgreSQL's JSON (ISO 8601) form. */
type SessionJson = [
  id: string,
  name: string,
  slug: string,
  status: ContentStatus,
  storyblokId: number | null,
  storyblokUuid: string | null,
  completed: boolean,
  completedAt: string | null,
  createdAt: string,
  updatedAt: string,
];

/**
 * One statement per call (it runs on every GET /me). Sessions are found through the user's
 * session_user rows and grouped under the course they belong to NOW, so a moved session's
 * progress follows it even though its session_user row hangs off the old course_user row.
 * A course is listed only while it holds at least one session the user started; its
 * completion comes from the user's course_user row for it (false until one exists).
 * When one session has two rows (started before and after a move), the completed one wins.
 * Timestamps are the progress rows' (when the user started), not the content's.
 * One row per course, its sessions aggregated as JSON arrays: node-postgres turns 80 sessions
 * into one JSON.parse instead of 80 rows of 20 text columns (issue 14).
 * The sessions are grouped by course before the course and course_user rows are joined, so each
 * is read once per course (not once per session), and the course filter is its own text: with
 * `($3 is null or c.id = $4)` PostgreSQL's generic plan for the prepared statement re-read the
 * sessions per course and the user's course_user rows per session (issue 14, docs/decisions.md).
 */
const progressStatement = (onlyCourse: boolean) =>
  prepared(`
  with started as (
    select distinct on (su.session_id)
           su.session_id, su.completed, su.completed_at, su.created_at, su.updated_at
      from "session_user" su
      join course_user own on own.id = su.course_user_id
     where own.user_id = $1
     order by su.session_id, su.completed desc, su.created_at, su.id
  ), courses as (
    select s.course_id, min(st.created_at) as first_created_at, min(st.updated_at) as first_updated_at,
           json_agg(json_build_array(s.id, s.name, s.slug, s.status, s.storyblok_id, s.storyblok_uuid,
                                     st.completed, st.completed_at, st.created_at, st.updated_at)
                    order by st.created_at, s.id) as sessions
      from started st
      join session s on s.id = st.session_id${onlyCourse ? '\n     where s.course_id = $2' : ''}
     group by s.course_id
  )
  select ${COURSE_COLUMNS},
         cu.completed as course_completed, cu.completed_at as course_completed_at,
         coalesce(cu.created_at, g.first_created_at) as course_created_at,
         coalesce(cu.updated_at, g.first_updated_at) as course_updated_at,
         g.sessions
    from courses g
    join course c on c.id = g.course_id
    left join course_user cu on cu.course_id = c.id and cu.user_id = $1
   -- SPEC 12.1: courses by the user's course_user.createdAt (else their first started session).
   order by course_created_at, c.id`);
const ALL_COURSES = progressStatement(false);
const ONE_COURSE = progressStatement(true);

export class MikroOrmCourseProgressReader implements CourseProgressReader {
  constructor(private readonly em: SqlEntityManager) {}

  async forUser(userId: UserId, courseId?: CourseId): Promise<CourseProgressView[]> {
    // Raw SQL: a CTE with DISTINCT ON and JSON aggregation, one statement per GET /me (budget: 3
    // statements), prepared on PostgreSQL so it is planned once per connection.
    const rows = courseId
      ? await runPrepared<Row[]>(this.em, ONE_COURSE, [userId, courseId])
      : await runPrepared<Row[]>(this.em, ALL_COURSES, [userId]);
    return rows.map(courseView);
  }
}

function courseView(row: Row): CourseProgressView {
  return {
    ...courseSummaryOf(row),
    completed: row.course_completed ?? false,
    completedAt: row.course_completed_at === null ? null : new Date(row.course_completed_at),
    createdAt: new Date(row.course_created_at),
    updatedAt: new Date(row.course_updated_at),
    sessions: row.sessions.map(sessionView),
  };
}

function sessionView([
  id,
  name,
  slug,
  status,
  storyblokId,
  storyblokUuid,
  completed,
  completedAt,
  createdAt,
  updatedAt,
]: SessionJson): SessionProgressView {
  return {
    id: id as SessionId,
    name,
    slug,
    status,
    storyblokId,
    storyblokUuid,
    completed,
    // PostgreSQL writes microseconds; Date keeps the milliseconds, as it did from text columns.
    completedAt: completedAt === null ? null : new Date(completedAt),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  };
}
