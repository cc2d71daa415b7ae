import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { PartnerReader } from '../../../domain/partner/partner-reader.js';
import type { PartnerFeatureView, PartnerView } from '../../../domain/profile/profile-views.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../../../domain/shared/ids.js';

interface Row {
  id: string;
  name: string;
  is_active: boolean;
  pf_id: string | null;
  feature_id: string | null;
  pf_active: boolean | null;
  feature_name: string | null;
}

/** Partners with their features in one query; also used by the partner access reader. */
export class MikroOrmPartnerReader implements PartnerReader {
  constructor(private readonly em: SqlEntityManager) {}

  async byId(id: PartnerId): Promise<PartnerView | null> {
    return (await this.byIds([id])).get(id) ?? null;
  }

  async activeByName(name: string): Promise<PartnerView | null> {
    const rows: { id: PartnerId }[] = await this.em.execute(
      `select id from partner where lower(name) = lower(?) and is_active`,
      [name],
    );
    return rows[0] ? this.byId(rows[0].id) : null;
  }

  async byIds(ids: PartnerId[]): Promise<Map<PartnerId, PartnerView>> {
    const views = new Map<PartnerId, PartnerView>();
    if (ids.length === 0) return views;
    const rows: Row[] = await this.em.execute(
      `select p.id, p.name, p.is_active, pf.id as pf_id, pf.feature_id, pf.active as pf_active,
              f.name as feature_name
         from partner p
         left join partner_feature pf on pf.partner_id = p.id
         left join feature f on f.id = pf.feature_id
        where p.id in (${ids.map(() => '?').join(', ')})
        order by pf.created_at, pf.id`,
      ids,
    );
    for (const row of rows) {
      const id = row.id as PartnerId;
      let view = views.get(id);
      if (!view) {
        view = { id, name: row.name, isActive: row.is_active, partnerFeature: [] };
        views.set(id, view);
      }
      if (row.pf_id && row.feature_id) view.partnerFeature.push(featureView(row, id));
    }
    return views;
  }
}

function featureView(row: Row, partnerId: PartnerId): PartnerFeatureView {
  const featureId = row.feature_id as FeatureId;
  return {
    id: row.pf_id as PartnerFeatureId,
    partnerId,
    featureId,
    active: row.pf_active ?? false,
    feature: { id: featureId, name: row.feature_name ?? '' },
  };
}
