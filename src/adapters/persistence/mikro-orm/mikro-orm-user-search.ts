import { sql } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
import { User } from '../../../domain/user/user.js';
import type { UserSearch, UserSearchCriteria, UserSearchResult } from '../../../domain/user/user-search.js';
import { fields, names } from './entity-fields.js';
import type { MikroOrmAccountReader } from './mikro-orm-account-reader.js';

/** `%`, `_` and the escape character (PostgreSQL's default for LIKE: backslash) match literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export class MikroOrmUserSearch implements UserSearch {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly accounts: MikroOrmAccountReader,
  ) {}

  async search(criteria: UserSearchCriteria): Promise<UserSearchResult[]> {
    const where: object[] = [];
    if (criteria.email !== undefined) {
      where.push({ [sql.lower('email')]: { $like: likePattern(criteria.email) } });
    }
    if (criteria.partnerAccess) {
      const { featureTherapy, active } = criteria.partnerAccess;
      const holders = this.em
        .createQueryBuilder(PartnerAccess)
        .select(names(this.em, PartnerAccess, ['userId']))
        .where(fields(this.em, PartnerAccess, { featureTherapy, active }));
      where.push({ id: { $in: holders } });
    }
    if (criteria.partnerAdminOnly) {
      where.push({ id: { $in: this.em.createQueryBuilder(PartnerAdmin).select('userId') } });
    }
    const rows = await this.em
      .createQueryBuilder(User)
      .select('id')
      .where({ $and: where })
      .orderBy({ createdAt: 'desc', id: 'asc' })
      .limit(criteria.limit, criteria.offset)
      .execute<{ id: string }[]>('all', false);
    return this.accounts.accounts(
      rows.map((row) => row.id),
      {
        partnerAccess: criteria.includePartnerAccess,
        partnerAdmin: criteria.includePartnerAdmin,
        accessFilter: criteria.partnerAccess,
      },
    );
  }
}
