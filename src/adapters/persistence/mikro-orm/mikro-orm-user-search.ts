import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { UserSearch, UserSearchCriteria, UserSearchResult } from '../../../domain/user/user-search.js';
import type { MikroOrmAccountReader } from './mikro-orm-account-reader.js';

/** `%`, `_` and the escape character itself match literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export class MikroOrmUserSearch implements UserSearch {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly accounts: MikroOrmAccountReader,
  ) {}

  async search(criteria: UserSearchCriteria): Promise<UserSearchResult[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (criteria.email !== undefined) {
      where.push(`lower(u.email) like ? escape '\\'`);
      params.push(likePattern(criteria.email));
    }
    if (criteria.partnerAccess) {
      const access = ['pa.user_id = u.id'];
      if (criteria.partnerAccess.featureTherapy !== undefined) {
        access.push('pa.feature_therapy = ?');
        params.push(criteria.partnerAccess.featureTherapy);
      }
      if (criteria.partnerAccess.active !== undefined) {
        access.push('pa.active = ?');
        params.push(criteria.partnerAccess.active);
      }
      where.push(`exists (select 1 from partner_access pa where ${access.join(' and ')})`);
    }
    if (criteria.partnerAdminOnly)
      where.push('exists (select 1 from partner_admin pad where pad.user_id = u.id)');
    const rows: { id: string }[] = await this.em.execute(
      `select u.id from "user" u ${where.length ? `where ${where.join(' and ')}` : ''}
        order by u.created_at desc, u.id limit ? offset ?`,
      [...params, criteria.limit, criteria.offset],
    );
    return this.accounts.accounts(
      rows.map((row) => row.id),
      { partnerAccess: criteria.includePartnerAccess, partnerAdmin: criteria.includePartnerAdmin },
    );
  }
}
