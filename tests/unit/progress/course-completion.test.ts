import { beforeEach, describe, expect, it } from 'vitest';
import { SessionNotFound } from '../../../src/domain/content/content-errors.js';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../../builders/course.builder.js';
import { sessionContent, sessionId } from '../../builders/session.builder.js';
import { progressHarness, USER } from './progress-harness.js';

const byId = (n: number) => ({ userId: USER, session: { storyblokId: 2000 + n } });

describe('course completion (SPEC.md 7.2)', () => {
  let h: ReturnType<typeof progressHarness>;

  const withdraw = async (n: number, status: 'unpublished' | 'deleted') => {
    const session = await h.sessions.findById(sessionId(n));
    session?.withdraw(status, T0);
    if (session) await h.sessions.save(session);
  };

  beforeEach(async () => {
    h = progressHarness();
    await h.courses.upsertPublished(courseContent(), COURSE_ID, T0);
    await h.courses.upsertPublished(
      courseContent({
        storyblokId: 1002,
        storyblokUuid: 'other-course',
        name: 'Other',
        slug: 'courses/other',
      }),
      OTHER_COURSE_ID,
      T0,
    );
    for (const n of [1, 2, 3])
      await h.sessions.upsertPublished(sessionContent(COURSE_ID, n), sessionId(n), T0);
  });

  it('starts a session: rows exist, nothing completed, the profile sync is queued', async () => {
    const course = await h.start.execute(byId(1));
    expect(course).toMatchObject({ id: COURSE_ID, completed: false, completedAt: null });
    expect(course.sessions.map((s) => [s.id, s.completed])).toEqual([[sessionId(1), false]]);
    expect(h.profiles.queued).toEqual(new Set([USER]));
  });

  it('completes the course when every published session is completed, and not before', async () => {
    await h.complete.execute(byId(1));
    await h.complete.execute(byId(2));
    expect((await h.start.execute(byId(3))).completed).toBe(false);
    h.setNow(later(30));
    const course = await h.complete.execute({
      userId: USER,
      session: { storyblokUuid: sessionContent(COURSE_ID, 3).storyblokUuid },
    });
    expect(course).toMatchObject({ completed: true, completedAt: later(30) });
    expect(course.sessions.every((s) => s.completed)).toBe(true);
  });

  it('never counts an unpublished or deleted session', async () => {
    await withdraw(3, 'deleted');
    await h.complete.execute(byId(1));
    expect((await h.complete.execute(byId(2))).completed).toBe(true);
  });

  it('completes the course on the next progress call once the last missing session is unpublished', async () => {
    await h.complete.execute(byId(1));
    expect((await h.complete.execute(byId(2))).completed).toBe(false);
    await withdraw(3, 'unpublished');
    h.setNow(later(40));
    expect(await h.start.execute(byId(1))).toMatchObject({ completed: true, completedAt: later(40) });
  });

  it('never completes a course with no published session left', async () => {
    await h.complete.execute(byId(1));
    for (const n of [1, 2, 3]) await withdraw(n, 'unpublished');
    expect((await h.incomplete.execute(byId(1))).completed).toBe(false);
  });

  it('reverts on incomplete, clearing completedAt, and keeps the first completion time on repeats', async () => {
    for (const n of [1, 2, 3]) await h.complete.execute(byId(n));
    h.setNow(later(50));
    expect((await h.complete.execute(byId(3))).sessions.at(-1)?.completedAt).toEqual(T0);
    const undone = await h.incomplete.execute(byId(2));
    expect(undone).toMatchObject({ completed: false, completedAt: null });
    expect(undone.sessions.find((s) => s.id === sessionId(2))).toMatchObject({
      completed: false,
      completedAt: null,
    });
  });

  it('counts a completed session moved to another course for the new course, no longer for the old', async () => {
    await h.complete.execute(byId(1));
    await h.complete.execute(byId(2));
    await h.sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 3), sessionId(9), later(1));
    await h.sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 2), sessionId(9), later(1));

    expect((await h.start.execute(byId(1))).completed).toBe(true);
    const other = await h.start.execute(byId(3));
    expect(other).toMatchObject({ id: OTHER_COURSE_ID, completed: false });
    expect(other.sessions.map((s) => [s.id, s.completed])).toEqual([
      [sessionId(2), true],
      [sessionId(3), false],
    ]);
    expect((await h.complete.execute(byId(3))).completed).toBe(true);
    expect(h.progress.ofUser(USER)).toHaveLength(3);
  });

  it('answers what the course progress read shows once the call is done', async () => {
    await h.complete.execute(byId(2));
    h.setNow(later(10));
    await h.start.execute(byId(1));
    h.setNow(later(20));
    const answer = await h.complete.execute(byId(1));
    expect(answer).toEqual((await h.reader.forUser(USER, COURSE_ID))[0]);
    expect(answer.sessions.map((s) => [s.id, s.completedAt])).toEqual([
      [sessionId(2), T0],
      [sessionId(1), later(20)],
    ]);
  });

  it('refuses unknown and unpublished sessions, except that incomplete accepts an unpublished one', async () => {
    await expect(h.start.execute(byId(7))).rejects.toBeInstanceOf(SessionNotFound);
    await h.complete.execute(byId(1));
    await withdraw(1, 'unpublished');
    await expect(h.start.execute(byId(1))).rejects.toBeInstanceOf(SessionNotFound);
    await expect(h.complete.execute(byId(1))).rejects.toBeInstanceOf(SessionNotFound);
    const undone = await h.incomplete.execute(byId(1));
    expect(undone.sessions).toEqual([expect.objectContaining({ id: sessionId(1), completed: false })]);
  });

  it('refuses a deleted session to every call, incomplete included', async () => {
    await h.complete.execute(byId(1));
    await withdraw(1, 'deleted');
    for (const call of [h.start, h.complete, h.incomplete])
      await expect(call.execute(byId(1))).rejects.toBeInstanceOf(SessionNotFound);
    expect(h.progress.ofUser(USER)).toEqual([expect.objectContaining({ completed: true })]);
  });
});
