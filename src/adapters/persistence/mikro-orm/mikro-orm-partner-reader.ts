import { raw, sql } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../../domain/partner/partner.js';
import type { PartnerReader } from '../../../domain/partner/partner-reader.js';
import type { PartnerView } from '../../../domain/profile/profile-views.js';
import type { PartnerId } from '../../../domain/shared/ids.js';
import { partnerView, type PartnerRow, type Row } from './account-reader-rows.js';
import { fields } from './entity-fields.js';

/** Partners with their features in one query; also used by the partner access reader. */
export class MikroOrmPartnerReader implements PartnerReader {
  constructor(private readonly em: SqlEntityManager) {}

  async byId(id: PartnerId): Promise<PartnerView | null> {
    return (await this.byIds([id])).get(id) ?? null;
  }

  async activeByName(name: string): Promise<PartnerView | null> {
    const row = await this.em
      .createQueryBuilder(Partner)
      .select('id')
      .where({
        [sql.lower('name')]: raw('lower(?)', [name]),
        ...fields(this.em, Partner, { isActive: true }),
      })
      .execute<{ id: PartnerId } | null>('get', false);
    return row ? this.byId(row.id) : null;
  }

  async byIds(ids: PartnerId[]): Promise<Map<PartnerId, PartnerView>> {
    if (ids.length === 0) return new Map();
    // The mappings hold ids, not relations, so the joins name their tables (sql.ref).
    const rows = await this.em
      .createQueryBuilder(Partner, 'p')
      .select([
        'p.id',
        'p.name',
        sql.ref('p.is_active').as('is_active'),
        sql.ref('pf.id').as('pf_id'),
        sql.ref('pf.feature_id').as('feature_id'),
        sql.ref('pf.active').as('pf_active'),
        sql.ref('f.name').as('feature_name'),
      ])
      .leftJoin(sql.ref('partner_feature'), 'pf', { 'pf.partner_id': sql.ref('p.id') })
      .leftJoin(sql.ref('feature'), 'f', { 'f.id': sql.ref('pf.feature_id') })
      .where({ id: { $in: ids } })
      .orderBy([{ [sql.ref('pf.created_at')]: 'asc' }, { [sql.ref('pf.id')]: 'asc' }])
      .execute<Row[]>('all', false);
    const partners = new Map<PartnerId, PartnerRow>();
    for (const row of rows) {
      const id = row.id as PartnerId;
      let partner = partners.get(id);
      if (!partner) {
        partner = { id, name: row.name as string, is_active: row.is_active as boolean, features: [] };
        partners.set(id, partner);
      }
      if (row.pf_id && row.feature_id) partner.features.push(row);
    }
    return new Map([...partners].map(([id, partner]) => [id, partnerView(partner)]));
  }
}
