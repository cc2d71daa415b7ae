import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type {
  PartnerAccessFilter,
  PartnerAccessReader,
} from '../../../domain/partner-access/partner-access-reader.js';
import type { PartnerAccessView, TherapySessionView } from '../../../domain/profile/profile-views.js';
import type { PartnerAccessId, PartnerId } from '../../../domain/shared/ids.js';
import { TherapySession } from '../../../domain/therapy/therapy-session.js';
import { partnerAccessView, therapySessionView, type Row } from './account-reader-rows.js';
import { fields, order } from './entity-fields.js';
import type { MikroOrmPartnerReader } from './mikro-orm-partner-reader.js';

/** Accesses with their partner (and its features) and therapy sessions: three queries for any page. */
export class MikroOrmPartnerAccessReader implements PartnerAccessReader {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly partners: MikroOrmPartnerReader,
  ) {}

  async byId(id: PartnerAccessId): Promise<PartnerAccessView | null> {
    const rows = await this.em.createQueryBuilder(PartnerAccess).where({ id }).execute<Row[]>('all', false);
    return (await this.views(rows))[0] ?? null;
  }

  async list(filter: PartnerAccessFilter): Promise<PartnerAccessView[]> {
    const claimed = filter.claimed === undefined ? undefined : filter.claimed ? { $ne: null } : null;
    const rows = await this.em
      .createQueryBuilder(PartnerAccess)
      .where(
        fields(this.em, PartnerAccess, {
          partnerId: filter.partnerId || undefined,
          accessCode: filter.accessCode || undefined,
          featureTherapy: filter.featureTherapy,
          active: filter.active,
          userId: claimed,
        }),
      )
      .orderBy({ createdAt: 'desc', id: 'desc' })
      .limit(filter.limit, filter.offset)
      .execute<Row[]>('all', false);
    return this.views(rows);
  }

  private async views(rows: Row[]): Promise<PartnerAccessView[]> {
    if (rows.length === 0) return [];
    const partners = await this.partners.byIds([...new Set(rows.map((row) => row.partner_id as PartnerId))]);
    const sessions = await this.sessions(rows.map((row) => row.id as PartnerAccessId));
    return rows.map((row) => {
      const partner = partners.get(row.partner_id as PartnerId);
      if (!partner) throw new Error('partner_access row without its partner');
      return partnerAccessView(row, partner, sessions.get(row.id as string) ?? []);
    });
  }

  private async sessions(accessIds: PartnerAccessId[]): Promise<Map<string, TherapySessionView[]>> {
    const rows = await this.em
      .createQueryBuilder(TherapySession)
      .where({ partnerAccessId: { $in: accessIds } })
      .orderBy(order(this.em, TherapySession, { startDateTime: 'asc', id: 'asc' }))
      .execute<Row[]>('all', false);
    const byAccess = new Map<string, TherapySessionView[]>();
    for (const row of rows) {
      const accessId = row.partner_access_id as string;
      byAccess.set(accessId, [...(byAccess.get(accessId) ?? []), therapySessionView(row)]);
    }
    return byAccess;
  }
}
