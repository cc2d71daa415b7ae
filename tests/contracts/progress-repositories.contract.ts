import { describe, expect, it } from 'vitest';
import { courseProgressOf, standingsOf } from '../../src/domain/progress/course-sessions.js';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import { sessionContent, sessionId } from '../builders/session.builder.js';
import type { Store } from '../support/stores.js';
import { cuId, progressScene, suId, type ProgressPorts } from './progress-scene.js';

export function progressRepositoriesContract(name: string, open: () => Promise<Store<ProgressPorts>>) {
  describe(`${name} honours ProgressRepository`, () => {
    const scene = progressScene(open);
    const progress = () => scene.ports().progress;
    const enrol = (courseId = COURSE_ID, n = 1) =>
      progress().lockEnrolment(scene.user(), courseId, cuId(courseId === COURSE_ID ? n : 2), later(n));

    it('creates one course_user row per user and course, whatever id later callers offer', async () => {
      const first = await scene.run(() => enrol());
      const again = await scene.run(() => enrol(COURSE_ID, 2));
      expect(again).toMatchObject({
        id: cuId(1),
        userId: scene.user(),
        courseId: COURSE_ID,
        completed: false,
        completedAt: null,
      });
      expect(first.createdAt).toEqual(later(1));
    });

    it('records what changed in both rows, and keeps nothing that was not recorded', async () => {
      await scene.run(async () => {
        const cu = await enrol();
        const { progress: su } = await progress().openSession(cu, sessionId(1), suId(1), later(1));
        su.complete(later(3));
        cu.recompute([{ sessionId: sessionId(1), status: 'published', completed: true }], later(3));
        await progress().record(cu, su);
      });
      await scene.run(async () => {
        const cu = await enrol();
        const { progress: su } = await progress().openSession(cu, sessionId(1), suId(9), later(4));
        su.reopen(later(5));
        cu.recompute([{ sessionId: sessionId(1), status: 'published', completed: false }], later(5));
        // Not recorded: the unit of work ends without writing either change.
      });
      const [cu, su] = await scene.run(async () => {
        const enrolment = await enrol();
        const opened = await progress().openSession(enrolment, sessionId(1), suId(9), later(6));
        return [enrolment, opened.progress] as const;
      });
      expect(cu).toMatchObject({ completed: true, completedAt: later(3), updatedAt: later(3) });
      expect(su).toMatchObject({ id: suId(1), completed: true, completedAt: later(3), updatedAt: later(3) });
    });

    it('queues the profile sync of the user whose progress it records', async () => {
      expect(await scene.ports().queued()).toEqual([]);
      await scene.start(1);
      expect(await scene.ports().queued()).toEqual([scene.user()]);
    });

    it('finds the row a session was started under before it moved, and adds no second', async () => {
      await scene.run(() =>
        scene.ports().sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 4), sessionId(4), T0),
      );
      await scene.start(4, OTHER_COURSE_ID, later(7));
      await scene.run(() =>
        scene.ports().sessions.upsertPublished(sessionContent(COURSE_ID, 4), sessionId(9), later(8)),
      );
      const { progress: su, course } = await scene.run(async () =>
        progress().openSession(await enrol(), sessionId(4), suId(8), later(9)),
      );
      expect(su).toMatchObject({ id: suId(4), courseUserId: cuId(2), completed: true });
      expect(course.sessions.find((s) => s.id === sessionId(4))?.progress).toHaveLength(1);
    });

    it('reads the course now: every session with its status and the user’s rows, the new row included', async () => {
      await scene.start(1, COURSE_ID, later(1));
      await scene.run(async () => {
        const third = await scene.ports().sessions.findById(sessionId(3));
        third?.withdraw('unpublished', later(5));
        if (third) await scene.ports().sessions.save(third);
      });
      const { progress: su, course } = await scene.run(async () =>
        progress().openSession(await enrol(), sessionId(2), suId(2), later(6)),
      );
      expect(su).toMatchObject({
        id: suId(2),
        courseUserId: cuId(1),
        sessionId: sessionId(2),
        completed: false,
      });
      expect(course.course).toEqual({
        id: COURSE_ID,
        name: courseContent().name,
        slug: courseContent().slug,
        status: 'published',
        storyblokId: 1001,
        storyblokUuid: courseContent().storyblokUuid,
      });
      expect(
        course.sessions.map((s) => [s.id, s.status, s.storyblokId, s.progress.map((p) => p.id)]),
      ).toEqual([
        [sessionId(1), 'published', 2001, [suId(1)]],
        [sessionId(2), 'published', 2002, [suId(2)]],
        [sessionId(3), 'unpublished', 2003, []],
      ]);
      expect(standingsOf(course, su).map((s) => s.completed)).toEqual([true, false, false]);
    });

    it('builds the answer CourseProgressReader reads once the change is recorded', async () => {
      await scene.start(2, COURSE_ID, later(20));
      await scene.start(1);
      const answer = await scene.run(async () => {
        const cu = await enrol();
        const { progress: su, course } = await progress().openSession(cu, sessionId(3), suId(3), later(30));
        su.complete(later(30));
        cu.recompute(standingsOf(course, su), later(30));
        await progress().record(cu, su);
        return courseProgressOf(course, cu, su);
      });
      const [read] = await scene.run(() => scene.ports().reader.forUser(scene.user(), COURSE_ID));
      expect(answer).toEqual(read);
      expect(answer.sessions.map((s) => s.id)).toEqual([sessionId(1), sessionId(2), sessionId(3)]);
    });
  });
}
