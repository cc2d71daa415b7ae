import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { CourseProgressReader } from '../../../domain/profile/profile-readers.js';
import type {
  ContentStatus,
  CourseProgressView,
  SessionProgressView,
} from '../../../domain/profile/profile-views.js';
import type { CourseId, SessionId, UserId } from '../../../domain/shared/ids.js';

interface Row {
  course_id: string;
  course_name: string;
  course_slug: string;
  course_status: ContentStatus;
  course_storyblok_id: string | number | null;
  course_storyblok_uuid: string | null;
  course_completed: boolean | null;
  course_completed_at: Date | string | null;
  course_created_at: Date | string;
  course_updated_at: Date | string;
  session_id: string;
  session_name: string;
  session_slug: string;
  session_status: ContentStatus;
  session_storyblok_id: string | number | null;
  session_storyblok_uuid: string | null;
  completed: boolean;
  completed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/**
 * One statement per call (it runs on every GET /me). Sessions are found through the user's
 * session_user rows and grouped under the course they belong to NOW, so a moved session's
 * progress follows it even though its session_user row hangs off the old course_user row.
 * A course is listed only while it holds at least one session the user started; its
 * completion comes from the user's course_user row for it (false until one exists).
 * When one session has two rows (started before and after a move), the completed one wins.
 * Timestamps are the progress rows' (when the user started), not the content's.
 */
const SQL = `
  with started as (
    select distinct on (su.session_id)
           su.session_id, su.completed, su.completed_at, su.created_at, su.updated_at
      from "session_user" su
      join course_user own on own.id = su.course_user_id
     where own.user_id = ?
     order by su.session_id, su.completed desc, su.created_at, su.id
  )
  select c.id as course_id, c.name as course_name, c.slug as course_slug, c.status as course_status,
         c.storyblok_id as course_storyblok_id, c.storyblok_uuid as course_storyblok_uuid,
         cu.completed as course_completed, cu.completed_at as course_completed_at,
         coalesce(cu.created_at, min(st.created_at) over w) as course_created_at,
         coalesce(cu.updated_at, min(st.updated_at) over w) as course_updated_at,
         s.id as session_id, s.name as session_name, s.slug as session_slug, s.status as session_status,
         s.storyblok_id as session_storyblok_id, s.storyblok_uuid as session_storyblok_uuid,
         st.completed, st.completed_at, st.created_at, st.updated_at
    from started st
    join session s on s.id = st.session_id
    join course c on c.id = s.course_id
    left join course_user cu on cu.course_id = c.id and cu.user_id = ?
   where (?::uuid is null or c.id = ?::uuid)
  window w as (partition by c.id)
   -- SPEC 12.1: courses by the user's course_user.createdAt (else their first started session).
   order by coalesce(cu.created_at, min(st.created_at) over w), c.id, st.created_at, s.id`;

export class MikroOrmCourseProgressReader implements CourseProgressReader {
  constructor(private readonly em: SqlEntityManager) {}

  async forUser(userId: UserId, courseId?: CourseId): Promise<CourseProgressView[]> {
    const only = courseId ?? null;
    // Raw SQL: a CTE with DISTINCT ON and a window, one statement per GET /me (budget: 3 statements).
    const rows: Row[] = await this.em.execute(SQL, [userId, userId, only, only]);
    const courses = new Map<string, CourseProgressView>();
    for (const row of rows) {
      let course = courses.get(row.course_id);
      if (!course) {
        course = courseView(row);
        courses.set(row.course_id, course);
      }
      course.sessions.push(sessionView(row));
    }
    return [...courses.values()];
  }
}

function courseView(row: Row): CourseProgressView {
  return {
    id: row.course_id as CourseId,
    name: row.course_name,
    slug: row.course_slug,
    status: row.course_status,
    storyblokId: numberOrNull(row.course_storyblok_id),
    storyblokUuid: row.course_storyblok_uuid,
    completed: row.course_completed ?? false,
    completedAt: dateOrNull(row.course_completed_at),
    createdAt: new Date(row.course_created_at),
    updatedAt: new Date(row.course_updated_at),
    sessions: [],
  };
}

function sessionView(row: Row): SessionProgressView {
  return {
    id: row.session_id as SessionId,
    name: row.session_name,
    slug: row.session_slug,
    status: row.session_status,
    storyblokId: numberOrNull(row.session_storyblok_id),
    storyblokUuid: row.session_storyblok_uuid,
    completed: row.completed,
    completedAt: dateOrNull(row.completed_at),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

// bigint columns arrive as strings from node-postgres.
const numberOrNull = (value: string | number | null): number | null =>
  value === null ? null : Number(value);
const dateOrNull = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
