import { describe, expect, it } from 'vitest';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import { sessionContent, sessionId } from '../builders/session.builder.js';
import { cuId, suId } from './progress-scene.js';
import type { Store } from '../support/stores.js';
import { progressScene, type ProgressPorts } from './progress-scene.js';

export function progressReaderContract(name: string, open: () => Promise<Store<ProgressPorts>>) {
  describe(`${name} honours CourseProgressReader`, () => {
    const scene = progressScene(open);

    it('reads nothing for a user who started nothing', async () => {
      expect(await scene.run(() => scene.ports().reader.forUser(scene.user()))).toEqual([]);
    });

    it('reads the started sessions under their course, in the order they were started', async () => {
      await scene.start(2, COURSE_ID, later(20));
      await scene.start(1);
      const [course, ...rest] = await scene.run(() => scene.ports().reader.forUser(scene.user()));
      expect(rest).toEqual([]);
      expect(course).toMatchObject({
        id: COURSE_ID,
        name: 'Healing from sexual trauma',
        slug: 'courses/healing-from-sexual-trauma',
        status: 'published',
        storyblokId: 1001,
        storyblokUuid: courseContent().storyblokUuid,
        completed: false,
        completedAt: null,
        createdAt: later(2),
      });
      // Started at later(2) then later(1): listed by start time, not by insertion or number.
      expect(course?.sessions).toEqual([
        expect.objectContaining({
          id: sessionId(1),
          completed: false,
          completedAt: null,
          createdAt: later(1),
        }),
        expect.objectContaining({
          id: sessionId(2),
          name: 'Session 2',
          storyblokId: 2002,
          completed: true,
          completedAt: later(20),
          createdAt: later(2),
        }),
      ]);
    });

    it('lists a moved session under its new course, and hides a course left with no started session', async () => {
      await scene.start(1, COURSE_ID, later(10));
      await scene.run(() =>
        scene.ports().sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 1), sessionId(9), later(11)),
      );
      const courses = await scene.run(() => scene.ports().reader.forUser(scene.user()));
      expect(courses.map((c) => [c.id, c.completed, c.sessions.map((s) => [s.id, s.completed])])).toEqual([
        [OTHER_COURSE_ID, false, [[sessionId(1), true]]],
      ]);
    });

    it('reads one course when asked, with completion from the course_user row', async () => {
      await scene.start(1, COURSE_ID, later(1));
      await scene.run(async () => {
        await scene.ports().sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 5), sessionId(5), T0);
      });
      await scene.start(5, OTHER_COURSE_ID);
      await scene.run(async () => {
        const cu = await scene.ports().progress.lockEnrolment(scene.user(), COURSE_ID, cuId(3), later(2));
        const { progress } = await scene.ports().progress.openSession(cu, sessionId(1), suId(3), later(2));
        cu.recompute([{ sessionId: sessionId(1), status: 'published', completed: true }], later(2));
        await scene.ports().progress.record(cu, progress);
      });
      expect((await scene.run(() => scene.ports().reader.forUser(scene.user()))).map((c) => c.id)).toEqual([
        COURSE_ID,
        OTHER_COURSE_ID,
      ]);
      const only = await scene.run(() => scene.ports().reader.forUser(scene.user(), OTHER_COURSE_ID));
      expect(only.map((c) => [c.id, c.sessions.map((s) => s.id)])).toEqual([
        [OTHER_COURSE_ID, [sessionId(5)]],
      ]);
      const [first] = await scene.run(() => scene.ports().reader.forUser(scene.user(), COURSE_ID));
      expect(first).toMatchObject({ completed: true, completedAt: later(2) });
    });

    it("orders courses by the user's course_user.createdAt, not by their earliest started session", async () => {
      await scene.run(() =>
        scene.ports().sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 5), sessionId(5), T0),
      );
      await scene.start(2); // the first course's course_user row: later(2)
      await scene.start(5, OTHER_COURSE_ID); // the other course's: later(5)
      await scene.start(1); // started at later(1), then moved to the other course
      await scene.run(() =>
        scene.ports().sessions.upsertPublished(sessionContent(OTHER_COURSE_ID, 1), sessionId(9), later(11)),
      );
      const courses = await scene.run(() => scene.ports().reader.forUser(scene.user()));
      expect(courses.map((c) => [c.id, c.createdAt, c.sessions.map((s) => s.id)])).toEqual([
        [COURSE_ID, later(2), [sessionId(2)]],
        [OTHER_COURSE_ID, later(5), [sessionId(1), sessionId(5)]],
      ]);
    });
  });
}
