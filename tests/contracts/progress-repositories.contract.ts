import { describe, expect, it } from 'vitest';
import { COURSE_ID, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import { sessionId } from '../builders/session.builder.js';
import type { CourseId, UserId } from '../../src/domain/shared/ids.js';
import { cuId, suId } from './progress-scene.js';
import type { Store } from '../support/stores.js';
import { progressScene, type ProgressPorts } from './progress-scene.js';

export function progressRepositoriesContract(name: string, open: () => Promise<Store<ProgressPorts>>) {
  describe(`${name} honours CourseUserRepository and SessionUserRepository`, () => {
    const scene = progressScene(open);

    it('creates one course_user row per user and course, whatever id later callers offer', async () => {
      const first = await scene.run(() =>
        scene.ports().courseUsers.ensureLocked(scene.user(), COURSE_ID, cuId(1), T0),
      );
      const again = await scene.run(() =>
        scene.ports().courseUsers.ensureLocked(scene.user(), COURSE_ID, cuId(2), later(1)),
      );
      expect(again).toMatchObject({
        id: cuId(1),
        userId: scene.user(),
        courseId: COURSE_ID,
        completed: false,
        completedAt: null,
      });
      expect(first.createdAt).toEqual(T0);
    });

    it('saves a recomputed course_user row', async () => {
      await scene.run(async () => {
        const cu = await scene.ports().courseUsers.ensureLocked(scene.user(), COURSE_ID, cuId(1), T0);
        cu.recompute([{ sessionId: sessionId(1), status: 'published', completed: true }], later(3));
        await scene.ports().courseUsers.save(cu);
      });
      const stored = await scene.run(() =>
        scene.ports().courseUsers.ensureLocked(scene.user(), COURSE_ID, cuId(2), later(4)),
      );
      expect(stored).toMatchObject({ completed: true, completedAt: later(3) });
    });

    it('creates one session_user row per course_user and session, and finds it for the user', async () => {
      await scene.start(1);
      const again = await scene.run(() =>
        scene.ports().sessionUsers.ensure(cuId(1), sessionId(1), suId(9), later(9)),
      );
      expect(again.id).toBe(suId(1));
      await scene.start(2, COURSE_ID, later(7));
      expect(
        await scene.run(() => scene.ports().sessionUsers.findForUser(scene.user(), sessionId(2))),
      ).toMatchObject({
        id: suId(2),
        completed: true,
        completedAt: later(7),
      });
      expect(
        await scene.run(() => scene.ports().sessionUsers.findForUser(scene.user(), sessionId(3))),
      ).toBeNull();
    });

    it('lists every session of a course with its status and whether the user completed it under any course_user row', async () => {
      const standing = (n: number, status: string, completed: boolean) => ({
        sessionId: sessionId(n),
        status,
        completed,
      });
      const standings = (userId: UserId, courseId: CourseId) =>
        scene.run(() => scene.ports().sessionUsers.standings(userId, courseId));
      await scene.start(1, COURSE_ID, later(1));
      await scene.start(2, OTHER_COURSE_ID, later(2));
      await scene.start(3);
      expect(await standings(scene.user(), COURSE_ID)).toEqual([
        standing(1, 'published', true),
        standing(2, 'published', true),
        standing(3, 'published', false),
      ]);
      await scene.run(async () => {
        const third = await scene.ports().sessions.findById(sessionId(3));
        third?.withdraw('unpublished', later(5));
        if (third) await scene.ports().sessions.save(third);
      });
      expect(await standings(scene.user(), COURSE_ID)).toEqual([
        standing(1, 'published', true),
        standing(2, 'published', true),
        standing(3, 'unpublished', false),
      ]);
      const stranger = await scene.ports().givenUser('progress-contract-stranger@example.org');
      expect(await standings(stranger, COURSE_ID)).toEqual([
        standing(1, 'published', false),
        standing(2, 'published', false),
        standing(3, 'unpublished', false),
      ]);
      expect(await standings(scene.user(), OTHER_COURSE_ID)).toEqual([]);
    });
  });
}
