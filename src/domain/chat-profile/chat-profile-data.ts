import type { CourseProgressView, PartnerAccessView } from '../profile/profile-views.js';
import { acronym } from './acronym.js';

/**
 * First, next and last therapy session over the non-cancelled ones, by start time: the first
 * ever, the earliest still to come at `now`, the latest already started. ISO strings, or "".
 */
export function therapyData(accesses: PartnerAccessView[], now: Date) {
  const starts = accesses
    .flatMap((access) => access.therapySessions)
    .filter((session) => session.cancelledAt === null)
    .map((session) => session.startDateTime.getTime())
    .sort((a, b) => a - b);
  const past = starts.filter((start) => start <= now.getTime());
  const iso = (time: number | undefined) => (time === undefined ? '' : new Date(time).toISOString());
  return {
    therapy_session_first_at: iso(starts[0]),
    therapy_session_next_at: iso(starts.find((start) => start > now.getTime())),
    therapy_session_last_at: iso(past.at(-1)),
  };
}

/**
 * Per started course, `course_<acr>` = Started|Completed and `course_<acr>_sessions` =
 * "<SACR>:C; <SACR>:S" over the sessions started, in the order they were started. Two courses
 * with the same acronym share keys: the one started later wins.
 */
export function courseProgressData(courses: CourseProgressView[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const course of courses) {
    const key = `course_${acronym(course.name).toLowerCase()}`;
    data[key] = course.completed ? 'Completed' : 'Started';
    data[`${key}_sessions`] = course.sessions
      .map((session) => `${acronym(session.name).toUpperCase()}:${session.completed ? 'C' : 'S'}`)
      .join('; ');
  }
  return data;
}
