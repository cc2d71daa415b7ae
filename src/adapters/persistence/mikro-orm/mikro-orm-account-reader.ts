import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AccountReader } from '../../../domain/profile/profile-readers.js';
import type { PartnerAdminId, UserId } from '../../../domain/shared/ids.js';
import type { UserSearchResult } from '../../../domain/user/user-search.js';
import type { PartnerView, TherapySessionView } from '../../../domain/profile/profile-views.js';
import {
  date,
  idArray,
  partnerAccessView,
  partnerViews,
  therapySessionView,
  userView,
  type Row,
} from './account-reader-rows.js';

export interface AccountInclude {
  partnerAccess: boolean;
  partnerAdmin: boolean;
}

/**
 * The account part of profiles in a handful of statements, for one user (GET /me) or a page of
 * them (admin search): users, their accesses, their admin rows, the partners of both with
 * features, and the accesses' therapy sessions (by start time). Relations not asked for are [] / null.
 */
export class MikroOrmAccountReader implements AccountReader {
  constructor(private readonly em: SqlEntityManager) {}

  async account(userId: UserId): Promise<UserSearchResult | null> {
    const [found] = await this.accounts([userId], { partnerAccess: true, partnerAdmin: true });
    return found ?? null;
  }

  /** In the order of `userIds`; unknown ids are left out. */
  async accounts(userIds: string[], include: AccountInclude): Promise<UserSearchResult[]> {
    if (userIds.length === 0) return [];
    const ids = idArray(userIds);
    const users = await this.rows(`select * from "user" where id = any(?::uuid[])`, ids);
    const accesses = include.partnerAccess
      ? await this.rows(
          `select * from partner_access where user_id = any(?::uuid[]) order by created_at, id`,
          ids,
        )
      : [];
    const admins = include.partnerAdmin
      ? await this.rows(`select * from partner_admin where user_id = any(?::uuid[])`, ids)
      : [];
    const partners = await this.partners([...accesses, ...admins].map((row) => row.partner_id as string));
    const sessions = await this.therapySessions(accesses.map((row) => row.id as string));

    const byId = new Map(users.map((row) => [row.id as string, row]));
    return userIds.flatMap((id) => {
      const user = byId.get(id);
      if (!user) return [];
      const admin = admins.find((row) => row.user_id === id);
      return [
        {
          user: userView(user),
          partnerAccesses: accesses
            .filter((row) => row.user_id === id)
            .map((row) =>
              partnerAccessView(row, partnerOf(partners, row), sessions.get(row.id as string) ?? []),
            ),
          partnerAdmin: admin
            ? {
                id: admin.id as PartnerAdminId,
                active: admin.active as boolean,
                createdAt: date(admin.created_at),
                updatedAt: date(admin.updated_at),
                partner: partnerOf(partners, admin),
              }
            : null,
        },
      ];
    });
  }

  private async partners(partnerIds: string[]): Promise<Map<string, PartnerView>> {
    if (partnerIds.length === 0) return new Map();
    const rows = await this.rows(
      `select p.id, p.name, p.is_active, pf.id as pf_id, pf.feature_id, pf.active as pf_active,
              f.name as feature_name
         from partner p
         left join partner_feature pf on pf.partner_id = p.id
         left join feature f on f.id = pf.feature_id
        where p.id = any(?::uuid[])
        order by pf.created_at, pf.id`,
      idArray(new Set(partnerIds)),
    );
    return partnerViews(rows);
  }

  private async therapySessions(accessIds: string[]): Promise<Map<string, TherapySessionView[]>> {
    const sessions = new Map<string, TherapySessionView[]>();
    if (accessIds.length === 0) return sessions;
    const rows = await this.rows(
      `select * from therapy_session where partner_access_id = any(?::uuid[]) order by start_date_time, id`,
      idArray(accessIds),
    );
    for (const row of rows) {
      const key = row.partner_access_id as string;
      sessions.set(key, [...(sessions.get(key) ?? []), therapySessionView(row)]);
    }
    return sessions;
  }

  private rows(sql: string, ids: string): Promise<Row[]> {
    return this.em.execute(sql, [ids]);
  }
}

function partnerOf(partners: Map<string, PartnerView>, row: Row): PartnerView {
  const partner = partners.get(row.partner_id as string);
  // The foreign key guarantees it; a miss means the rows changed between two statements.
  if (!partner) throw new Error('partner row vanished while reading an account');
  return partner;
}
