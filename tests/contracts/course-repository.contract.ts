import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  CoursePartnerRepository,
  CourseRepository,
} from '../../src/domain/content/content-repositories.js';
import type { CourseId, PartnerId } from '../../src/domain/shared/ids.js';
import { COURSE_ID, courseContent, later, OTHER_COURSE_ID, T0 } from '../builders/course.builder.js';
import type { Store } from '../support/stores.js';

export interface CoursePorts {
  courses: CourseRepository;
  coursePartners: CoursePartnerRepository;
  givenPartner(name: string): Promise<PartnerId>;
}

export function courseRepositoryContract(name: string, open: () => Promise<Store<CoursePorts>>) {
  describe(`${name} honours CourseRepository and CoursePartnerRepository`, () => {
    let store: Store<CoursePorts>;
    const courses = () => store.ports.courses;
    const run = <T>(work: () => Promise<T>) => store.uow.run(work);

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(() => store.reset());

    it('inserts a published course and finds it by id, storyblokId and storyblokUuid', async () => {
      const course = await run(() => courses().upsertPublished(courseContent(), COURSE_ID, T0));
      expect(course).toMatchObject({
        id: COURSE_ID,
        status: 'published',
        storyblokId: 1001,
        name: 'Healing from sexual trauma',
      });
      expect((await run(() => courses().findById(COURSE_ID)))?.slug).toBe(
        'courses/healing-from-sexual-trauma',
      );
      expect((await run(() => courses().findByStoryblokId(1001)))?.id).toBe(COURSE_ID);
      expect((await run(() => courses().findByStoryblokUuid(courseContent().storyblokUuid)))?.id).toBe(
        COURSE_ID,
      );
      expect(await run(() => courses().findByStoryblokId(9999))).toBeNull();
    });

    it('updates the course with the same storyblokId in place, and a replay writes nothing', async () => {
      await run(() => courses().upsertPublished(courseContent(), COURSE_ID, T0));
      const renamed = await run(() =>
        courses().upsertPublished(courseContent({ name: 'Renamed' }), OTHER_COURSE_ID, later(10)),
      );
      expect(renamed).toMatchObject({ id: COURSE_ID, name: 'Renamed', updatedAt: later(10) });
      const replayed = await run(() =>
        courses().upsertPublished(courseContent({ name: 'Renamed' }), OTHER_COURSE_ID, later(20)),
      );
      expect(replayed).toMatchObject({ id: COURSE_ID, updatedAt: later(10) });
      expect(await run(() => courses().findById(OTHER_COURSE_ID))).toBeNull();
    });

    it('saves a withdrawn course, and republishing brings it back', async () => {
      const course = await run(() => courses().upsertPublished(courseContent(), COURSE_ID, T0));
      course.withdraw('deleted', later(5));
      await run(() => courses().save(course));
      expect((await run(() => courses().findById(COURSE_ID)))?.status).toBe('deleted');
      const back = await run(() => courses().upsertPublished(courseContent(), OTHER_COURSE_ID, later(6)));
      expect(back).toMatchObject({ id: COURSE_ID, status: 'published' });
    });

    it('mirrors partners by exact case-insensitive name, deactivating the ones no longer named', async () => {
      const bumble = await store.ports.givenPartner('Bumble');
      const badoo = await store.ports.givenPartner('Badoo');
      await store.ports.givenPartner('Bumble Bee');
      await run(() => courses().upsertPublished(courseContent(), COURSE_ID, T0));
      const partners = () => run(() => store.ports.coursePartners.listForCourse(COURSE_ID));
      const state = async () =>
        Object.fromEntries((await partners()).map((row) => [row.partnerId, row.active]));

      await run(() => store.ports.coursePartners.mirror(COURSE_ID, ['bumble', 'BADOO', 'Unknown'], T0));
      expect(await state()).toEqual({ [bumble]: true, [badoo]: true });

      await run(() => store.ports.coursePartners.mirror(COURSE_ID, ['Badoo'], later(1)));
      expect(await state()).toEqual({ [bumble]: false, [badoo]: true });

      await run(() => store.ports.coursePartners.mirror(COURSE_ID, ['Bumble', 'Badoo'], later(2)));
      await run(() => store.ports.coursePartners.mirror(COURSE_ID, ['Bumble', 'Badoo'], later(3)));
      expect(await state()).toEqual({ [bumble]: true, [badoo]: true });
      const rows = await partners();
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row.partnerId === badoo)?.updatedAt).toEqual(T0);

      await run(() => store.ports.coursePartners.mirror(COURSE_ID, [], later(4)));
      expect(await state()).toEqual({ [bumble]: false, [badoo]: false });
      expect(
        await run(() =>
          store.ports.coursePartners.listForCourse('c0000000-0000-4000-8000-00000000dead' as CourseId),
        ),
      ).toEqual([]);
    });
  });
}
