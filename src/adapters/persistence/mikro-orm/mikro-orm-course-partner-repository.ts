import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CoursePartner } from '../../../domain/content/course-partner.js';
import type { CoursePartnerRepository } from '../../../domain/content/content-repositories.js';
import type { CourseId } from '../../../domain/shared/ids.js';

/** Partners are matched by name in SQL here (the partner table is read, never written). */
export class MikroOrmCoursePartnerRepository implements CoursePartnerRepository {
  constructor(private readonly em: SqlEntityManager) {}

  listForCourse(courseId: CourseId): Promise<CoursePartner[]> {
    return this.em.find(
      CoursePartner,
      { courseId },
      { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true },
    );
  }

  async mirror(courseId: CourseId, partnerNames: string[], now: Date): Promise<void> {
    // A JSON array parameter: one bound value whatever the number of names. The names go in as
    // written and both sides are lower-cased by PostgreSQL, as the partner name index is.
    const names = JSON.stringify(partnerNames);
    // Two statements whatever the number of partners; the WHEREs keep a replay from writing.
    await this.em.execute(
      `insert into course_partner (id, created_at, updated_at, course_id, partner_id, active)
       select gen_random_uuid(), ?, ?, ?, p.id, true from partner p where lower(p.name) in (select lower(n) from json_array_elements_text(?::json) n)
       on conflict (course_id, partner_id) do update set active = true, updated_at = excluded.updated_at
        where not course_partner.active`,
      [now, now, courseId, names],
    );
    await this.em.execute(
      `update course_partner cp set active = false, updated_at = ?
        where cp.course_id = ? and cp.active
          and not exists (select 1 from partner p where p.id = cp.partner_id and lower(p.name) in (select lower(n) from json_array_elements_text(?::json) n))`,
      [now, courseId, names],
    );
  }
}
