import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Course, type CourseContent } from '../../../domain/content/course.js';
import type { CourseRepository } from '../../../domain/content/content-repositories.js';
import type { CourseId } from '../../../domain/shared/ids.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmCourseRepository implements CourseRepository {
  constructor(private readonly em: SqlEntityManager) {}

  findById(id: CourseId): Promise<Course | null> {
    return this.em.findOne(Course, { id });
  }

  findByStoryblokId(storyblokId: number): Promise<Course | null> {
    return this.em.findOne(Course, backing({ storyblokId }));
  }

  findByStoryblokUuid(storyblokUuid: string): Promise<Course | null> {
    return this.em.findOne(Course, backing({ storyblokUuid }));
  }

  async upsertPublished(content: CourseContent, newId: CourseId, now: Date): Promise<Course> {
    // The WHERE keeps a replay from touching updated_at: nothing changed, nothing is written.
    await this.em.execute(
      `insert into course (id, created_at, updated_at, name, slug, status, storyblok_id, storyblok_uuid)
       values (?, ?, ?, ?, ?, 'published', ?, ?)
       on conflict (storyblok_id) do update
          set name = excluded.name, slug = excluded.slug, status = excluded.status,
              storyblok_uuid = excluded.storyblok_uuid, updated_at = excluded.updated_at
        where (course.name, course.slug, course.status, course.storyblok_uuid)
              is distinct from (excluded.name, excluded.slug, excluded.status, excluded.storyblok_uuid)`,
      [newId, now, now, content.name, content.slug, content.storyblokId, content.storyblokUuid],
    );
    return this.em.findOneOrFail(Course, backing({ storyblokId: content.storyblokId }), { refresh: true });
  }

  async save(course: Course): Promise<void> {
    await this.em.persist(course).flush();
  }
}

/**
 * Properties mapped through an accessor are known to MikroORM by their backing field
 * (`_storyblokId`), so filters on them name that field.
 */
function backing(filter: { storyblokId?: number; storyblokUuid?: string }): FilterQuery<Course> {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [`_${key}`, value]),
  ) as FilterQuery<Course>;
}
