import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CourseRepository, SessionRepository } from '../../src/domain/content/content-repositories.js';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import { sessionContent, sessionId } from '../builders/session.builder.js';
import type { Store } from '../support/stores.js';

export interface SessionPorts {
  courses: CourseRepository;
  sessions: SessionRepository;
}

export function sessionRepositoryContract(name: string, open: () => Promise<Store<SessionPorts>>) {
  describe(`${name} honours SessionRepository`, () => {
    let store: Store<SessionPorts>;
    const sessions = () => store.ports.sessions;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(async () => {
      await store.reset();
      await run(async () => {
        await store.ports.courses.upsertPublished(courseContent(), COURSE_ID, T0);
        await store.ports.courses.upsertPublished(
          courseContent({ storyblokId: 1002, storyblokUuid: 'other-course-uuid', name: 'Other' }),
          OTHER_COURSE_ID,
          T0,
        );
      });
    });

    it('inserts a published session and finds it by id, storyblokId and storyblokUuid', async () => {
      const content = sessionContent(COURSE_ID, 1);
      const session = await run(() => sessions().upsertPublished(content, sessionId(1), T0));
      expect(session).toMatchObject({
        id: sessionId(1),
        courseId: COURSE_ID,
        status: 'published',
        storyblokId: 2001,
      });
      expect((await run(() => sessions().findById(sessionId(1))))?.name).toBe('Session 1');
      expect((await run(() => sessions().findByStoryblokId(2001)))?.id).toBe(sessionId(1));
      expect((await run(() => sessions().findByStoryblokUuid(content.storyblokUuid)))?.id).toBe(sessionId(1));
      expect(await run(() => sessions().findByStoryblokUuid('nothing'))).toBeNull();
    });

    it('finds a session for share by storyblokId and storyblokUuid within a unit of work, withdrawn or not', async () => {
      const content = sessionContent(COURSE_ID, 1);
      const session = await run(() => sessions().upsertPublished(content, sessionId(1), T0));
      session.withdraw('unpublished', later(1));
      await run(() => sessions().save(session));
      const found = await run(async () => [
        await sessions().findByStoryblokIdForShare(2001),
        await sessions().findByStoryblokUuidForShare(content.storyblokUuid),
        await sessions().findByStoryblokIdForShare(4242),
        await sessions().findByStoryblokUuidForShare('nothing'),
      ]);
      expect(found.map((s) => s && [s.id, s.courseId, s.status])).toEqual([
        [sessionId(1), COURSE_ID, 'unpublished'],
        [sessionId(1), COURSE_ID, 'unpublished'],
        null,
        null,
      ]);
    });

    it('re-parents a session published under another course, keeping its id; a replay writes nothing', async () => {
      await run(() => sessions().upsertPublished(sessionContent(COURSE_ID, 1), sessionId(1), T0));
      const moved = await run(() =>
        sessions().upsertPublished(sessionContent(OTHER_COURSE_ID, 1), sessionId(2), later(5)),
      );
      expect(moved).toMatchObject({ id: sessionId(1), courseId: OTHER_COURSE_ID, updatedAt: later(5) });
      const replay = await run(() =>
        sessions().upsertPublished(sessionContent(OTHER_COURSE_ID, 1), sessionId(2), later(9)),
      );
      expect(replay.updatedAt).toEqual(later(5));
      expect(await run(() => sessions().findById(sessionId(2)))).toBeNull();
    });

    it('saves a withdrawn session', async () => {
      const session = await run(() =>
        sessions().upsertPublished(sessionContent(COURSE_ID, 1), sessionId(1), T0),
      );
      session.withdraw('unpublished', later(1));
      await run(() => sessions().save(session));
      const stored = await run(() => sessions().findById(sessionId(1)));
      expect(stored).toMatchObject({ status: 'unpublished', isPublished: false, updatedAt: later(1) });
    });
  });
}
