import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Course, type CourseContent } from '../../../domain/content/course.js';
import type { CourseRepository } from '../../../domain/content/content-repositories.js';
import type { CourseId } from '../../../domain/shared/ids.js';
import { differsFromStored, fields, insertData, names } from './entity-fields.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmCourseRepository implements CourseRepository {
  constructor(private readonly em: SqlEntityManager) {}

  findById(id: CourseId): Promise<Course | null> {
    return this.em.findOne(Course, { id });
  }

  findByStoryblokId(storyblokId: number): Promise<Course | null> {
    return this.em.findOne(Course, fields(this.em, Course, { storyblokId }));
  }

  findByStoryblokUuid(storyblokUuid: string): Promise<Course | null> {
    return this.em.findOne(Course, fields(this.em, Course, { storyblokUuid }));
  }

  async upsertPublished(content: CourseContent, newId: CourseId, now: Date): Promise<Course> {
    const changed = ['name', 'slug', 'status', 'storyblokUuid'] as const;
    await this.em
      .createQueryBuilder(Course)
      .insert(
        insertData(this.em, Course, {
          id: newId,
          createdAt: now,
          updatedAt: now,
          name: content.name,
          slug: content.slug,
          status: 'published',
          storyblokId: content.storyblokId,
          storyblokUuid: content.storyblokUuid,
        }),
      )
      .onConflict(names(this.em, Course, ['storyblokId']))
      .merge(names(this.em, Course, [...changed, 'updatedAt']))
      // A replay changes nothing, so it writes nothing (updated_at stays).
      .where(differsFromStored(this.em, Course, changed))
      .execute('run');
    return this.em.findOneOrFail(Course, fields(this.em, Course, { storyblokId: content.storyblokId }), {
      refresh: true,
    });
  }

  async save(course: Course): Promise<void> {
    await this.em.persist(course).flush();
  }
}
