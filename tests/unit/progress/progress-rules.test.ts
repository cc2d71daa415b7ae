import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/domain/content/session.js';
import type { ContentStatus } from '../../../src/domain/profile/profile-views.js';
import {
  courseProgressOf,
  standingsOf,
  type CourseSessions,
} from '../../../src/domain/progress/course-sessions.js';
import { CourseUser, isCourseCompleted } from '../../../src/domain/progress/course-user.js';
import { SessionUser } from '../../../src/domain/progress/session-user.js';
import type { CourseUserId, SessionUserId, UserId } from '../../../src/domain/shared/ids.js';
import { COURSE_ID, later, T0 } from '../../builders/course.builder.js';
import { sessionContent, sessionId } from '../../builders/session.builder.js';

const withStatus = (status: ContentStatus): Session => {
  const session = Session.publish(sessionId(1), sessionContent(COURSE_ID, 1), T0);
  if (status !== 'published') session.withdraw(status, T0);
  return session;
};

const standing = (n: number, status: ContentStatus, completed: boolean) => ({
  sessionId: sessionId(n),
  status,
  completed,
});

describe('Session.acceptsProgress (SPEC.md 7.2)', () => {
  it('accepts every call while published', () => {
    const session = withStatus('published');
    expect(['start', 'complete', 'incomplete'].map((c) => session.acceptsProgress(c as never))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('accepts only incomplete once unpublished', () => {
    const session = withStatus('unpublished');
    expect(session.acceptsProgress('start')).toBe(false);
    expect(session.acceptsProgress('complete')).toBe(false);
    expect(session.acceptsProgress('incomplete')).toBe(true);
  });

  it('accepts no call once deleted', () => {
    const session = withStatus('deleted');
    expect(session.acceptsProgress('start')).toBe(false);
    expect(session.acceptsProgress('complete')).toBe(false);
    expect(session.acceptsProgress('incomplete')).toBe(false);
  });
});

describe('course completion rule (SPEC.md 7.2)', () => {
  it('needs at least one published session', () => {
    expect(isCourseCompleted([])).toBe(false);
    expect(isCourseCompleted([standing(1, 'unpublished', true), standing(2, 'deleted', true)])).toBe(false);
  });

  it('needs every published session completed', () => {
    expect(isCourseCompleted([standing(1, 'published', true), standing(2, 'published', false)])).toBe(false);
    expect(isCourseCompleted([standing(1, 'published', true), standing(2, 'published', true)])).toBe(true);
  });

  it('never counts unpublished or deleted sessions either way', () => {
    const published = standing(1, 'published', true);
    expect(isCourseCompleted([published, standing(2, 'unpublished', false)])).toBe(true);
    expect(isCourseCompleted([published, standing(3, 'deleted', false)])).toBe(true);
    expect(isCourseCompleted([standing(1, 'published', false), standing(2, 'unpublished', true)])).toBe(
      false,
    );
  });

  it('sets completedAt when the course becomes completed, keeps it on repeats, clears it when it stops being', () => {
    const enrolment = new CourseUser('c1' as CourseUserId, 'u1' as UserId, COURSE_ID, T0, T0);
    enrolment.recompute([standing(1, 'published', true)], later(1));
    expect(enrolment).toMatchObject({ completed: true, completedAt: later(1), updatedAt: later(1) });
    enrolment.recompute([standing(1, 'published', true)], later(2));
    expect(enrolment).toMatchObject({ completed: true, completedAt: later(1), updatedAt: later(1) });
    enrolment.recompute([standing(1, 'published', true), standing(2, 'published', false)], later(3));
    expect(enrolment).toMatchObject({ completed: false, completedAt: null, updatedAt: later(3) });
  });
});

describe('a course’s progress from one read (SPEC.md 7.2)', () => {
  const suId = (n: number) => `5e000000-0000-4000-8000-00000000b00${n}` as SessionUserId;
  const row = (n: number, completedAt: Date | null, createdAt: Date) => ({
    id: suId(n),
    completed: completedAt !== null,
    completedAt,
    createdAt,
    updatedAt: completedAt ?? createdAt,
  });
  const content = (n: number, status: ContentStatus = 'published') => ({
    id: sessionId(n),
    name: `Session ${n}`,
    slug: `s${n}`,
    status,
    storyblokId: 2000 + n,
    storyblokUuid: null,
  });
  // Session 1 was started before and after a move (two rows, the older one completed).
  const course: CourseSessions = {
    course: { ...content(0), id: COURSE_ID },
    sessions: [
      { ...content(1), progress: [row(1, later(2), later(1)), row(2, null, later(3))] },
      { ...content(2), progress: [row(3, null, later(4))] },
      { ...content(3, 'unpublished'), progress: [] },
    ],
  };
  const enrolment = new CourseUser('c1' as CourseUserId, 'u1' as UserId, COURSE_ID, T0, T0);

  it('counts a session completed under any of its rows, with the changed row’s new state', () => {
    const changed = new SessionUser(suId(3), 'c1' as CourseUserId, sessionId(2), later(4), later(4));
    expect(standingsOf(course, changed).map((s) => s.completed)).toEqual([true, false, false]);
    changed.complete(later(9));
    expect(isCourseCompleted(standingsOf(course, changed))).toBe(true);
  });

  it('answers the started sessions, oldest start first, each with its completed row else its oldest', () => {
    const changed = new SessionUser(
      suId(1),
      'c0' as CourseUserId,
      sessionId(1),
      later(1),
      later(2),
      true,
      later(2),
    );
    changed.reopen(later(9));
    const view = courseProgressOf(course, enrolment, changed);
    expect(view).toMatchObject({ id: COURSE_ID, completed: false, createdAt: T0 });
    expect(view.sessions.map((s) => [s.id, s.completed, s.createdAt])).toEqual([
      [sessionId(1), false, later(1)],
      [sessionId(2), false, later(4)],
    ]);
  });
});
