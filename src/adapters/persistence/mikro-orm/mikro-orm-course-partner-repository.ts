import { raw, sql } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { CoursePartner } from '../../../domain/content/course-partner.js';
import type { CoursePartnerRepository } from '../../../domain/content/content-repositories.js';
import { Partner } from '../../../domain/partner/partner.js';
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

  /** Two statements whatever the number of partners; the conditions keep a replay from writing. */
  async mirror(courseId: CourseId, partnerNames: string[], now: Date): Promise<void> {
    const named = () => this.em.createQueryBuilder(Partner, 'p').where(namedIn(partnerNames));
    const added = named().select([
      raw('gen_random_uuid()').as('id'),
      raw('?::timestamptz', [now]).as('created_at'),
      raw('?::timestamptz', [now]).as('updated_at'),
      raw('?::uuid', [courseId]).as('course_id'),
      raw('p.id').as('partner_id'),
      raw('true').as('active'),
    ]);
    await this.em
      .createQueryBuilder(CoursePartner)
      .insertFrom(added, { columns: ['id', 'createdAt', 'updatedAt', 'courseId', 'partnerId', 'active'] })
      .onConflict(['courseId', 'partnerId'])
      .merge({ active: true, updatedAt: raw('excluded.updated_at') })
      .where({ active: false })
      .execute('run');
    await this.em
      .createQueryBuilder(CoursePartner)
      .update({ active: false, updatedAt: now })
      .where({ courseId, active: true, partnerId: { $nin: named().select('id') } })
      .execute('run');
  }
}

/**
 * Partners whose name is one of `names`, both sides lower-cased by PostgreSQL as the partner
 * name index is. The names go in as one JSON parameter whatever their number; the QueryBuilder
 * has no form for a set-returning function, hence the raw subquery.
 */
function namedIn(names: string[]) {
  return {
    [sql.lower('p.name')]: {
      $in: raw('(select lower(n) from json_array_elements_text(?::json) n)', [JSON.stringify(names)]),
    },
  };
}
