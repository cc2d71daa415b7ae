import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type {
  PartnerAccessFilter,
  PartnerAccessReader,
} from '../../../domain/partner-access/partner-access-reader.js';
import type {
  BookingAction,
  PartnerAccessView,
  TherapySessionView,
} from '../../../domain/profile/profile-views.js';
import type { PartnerAccessId, PartnerId, TherapySessionId } from '../../../domain/shared/ids.js';
import type { MikroOrmPartnerReader } from './mikro-orm-partner-reader.js';

interface AccessRow {
  id: string;
  created_at: Date | string;
  updated_at: Date | string;
  activated_at: Date | string | null;
  feature_live_chat: boolean;
  feature_therapy: boolean;
  access_code: string | null;
  active: boolean;
  therapy_sessions_remaining: number;
  therapy_sessions_redeemed: number;
  partner_id: string;
}

interface SessionRow {
  id: string;
  partner_access_id: string;
  action: BookingAction;
  client_timezone: string | null;
  service_name: string;
  service_provider_name: string;
  service_provider_email: string;
  start_date_time: Date | string;
  end_date_time: Date | string;
  cancelled_at: Date | string | null;
  rescheduled_from: Date | string | null;
  completed_at: Date | string | null;
}

const date = (value: Date | string) => new Date(value);
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Accesses with their partner (and its features) and therapy sessions: three queries for any page. */
export class MikroOrmPartnerAccessReader implements PartnerAccessReader {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly partners: MikroOrmPartnerReader,
  ) {}

  async byId(id: PartnerAccessId): Promise<PartnerAccessView | null> {
    const rows: AccessRow[] = await this.em.execute(`select * from partner_access where id = ?`, [id]);
    return (await this.views(rows))[0] ?? null;
  }

  async list(filter: PartnerAccessFilter): Promise<PartnerAccessView[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value?: unknown) => {
      where.push(clause);
      if (value !== undefined) params.push(value);
    };
    if (filter.partnerId) add('partner_id = ?', filter.partnerId);
    if (filter.accessCode) add('access_code = ?', filter.accessCode);
    if (filter.featureTherapy !== undefined) add('feature_therapy = ?', filter.featureTherapy);
    if (filter.active !== undefined) add('active = ?', filter.active);
    if (filter.claimed !== undefined) add(filter.claimed ? 'user_id is not null' : 'user_id is null');
    const rows: AccessRow[] = await this.em.execute(
      `select * from partner_access ${where.length ? `where ${where.join(' and ')}` : ''}
        order by created_at desc, id desc limit ? offset ?`,
      [...params, filter.limit, filter.offset],
    );
    return this.views(rows);
  }

  private async views(rows: AccessRow[]): Promise<PartnerAccessView[]> {
    if (rows.length === 0) return [];
    const partners = await this.partners.byIds([...new Set(rows.map((row) => row.partner_id as PartnerId))]);
    const sessions = await this.sessions(rows.map((row) => row.id));
    return rows.map((row) => {
      const partner = partners.get(row.partner_id as PartnerId);
      if (!partner) throw new Error('partner_access row without its partner');
      return {
        id: row.id as PartnerAccessId,
        createdAt: date(row.created_at),
        updatedAt: date(row.updated_at),
        activatedAt: dateOrNull(row.activated_at),
        featureLiveChat: row.feature_live_chat,
        featureTherapy: row.feature_therapy,
        accessCode: row.access_code,
        active: row.active,
        therapySessionsRemaining: row.therapy_sessions_remaining,
        therapySessionsRedeemed: row.therapy_sessions_redeemed,
        partner,
        therapySessions: sessions.get(row.id) ?? [],
      };
    });
  }

  private async sessions(accessIds: string[]): Promise<Map<string, TherapySessionView[]>> {
    const rows: SessionRow[] = await this.em.execute(
      `select * from therapy_session where partner_access_id in (${accessIds.map(() => '?').join(', ')})
        order by start_date_time, id`,
      accessIds,
    );
    const byAccess = new Map<string, TherapySessionView[]>();
    for (const row of rows) {
      const list = byAccess.get(row.partner_access_id) ?? [];
      list.push({
        id: row.id as TherapySessionId,
        action: row.action,
        clientTimezone: row.client_timezone,
        serviceName: row.service_name,
        serviceProviderName: row.service_provider_name,
        serviceProviderEmail: row.service_provider_email,
        startDateTime: date(row.start_date_time),
        endDateTime: date(row.end_date_time),
        cancelledAt: dateOrNull(row.cancelled_at),
        rescheduledFrom: dateOrNull(row.rescheduled_from),
        completedAt: dateOrNull(row.completed_at),
      });
      byAccess.set(row.partner_access_id, list);
    }
    return byAccess;
  }
}
