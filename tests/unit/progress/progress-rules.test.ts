import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/domain/content/session.js';
import type { ContentStatus } from '../../../src/domain/profile/profile-views.js';
import { CourseUser, isCourseCompleted } from '../../../src/domain/progress/course-user.js';
import type { CourseUserId, UserId } from '../../../src/domain/shared/ids.js';
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
