import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AccountReader } from '../../../domain/profile/profile-readers.js';
import type { ResourceProgressView } from '../../../domain/profile/profile-views.js';
import type { PartnerAdminId, UserId } from '../../../domain/shared/ids.js';
import type { UserSearchResult } from '../../../domain/user/user-search.js';
import {
  date,
  idArray,
  partnerAccessView,
  partnerView,
  resourceProgressView,
  therapySessionView,
  userView,
  type Row,
} from './account-reader-rows.js';
import { prepared, runPrepared } from './prepared-statements.js';

export interface AccountInclude {
  partnerAccess: boolean;
  partnerAdmin: boolean;
  /** Lists only the accesses matching every given field (the admin search's filter). */
  accessFilter?: { featureTherapy?: boolean; active?: boolean };
  /** The resources the user started (the profile's `resources`, SPEC 12.4). */
  resources?: boolean;
}

/** A partner with its partner features (and their feature names), as JSON, for `partnerId`. */
const partnerJson = (partnerId: string) => `(
  select json_build_object(
           'id', p.id, 'name', p.name, 'is_active', p.is_active,
           'features', coalesce((
             select json_agg(json_build_object('pf_id', pf.id, 'feature_id', pf.feature_id,
                                               'pf_active', pf.active, 'feature_name', f.name)
                             order by pf.created_at, pf.id)
               from partner_feature pf join feature f on f.id = pf.feature_id
              where pf.partner_id = p.id), '[]'::json))
    from partner p where p.id = ${partnerId})`;

/**
 * One statement for any number of users: each user row carries its accesses (oldest first, each
 * with its partner and therapy sessions by start time; all of them, or those matching the
 * search's filter), its admin row (one per user at most) with partner, and the resources it
 * started (oldest first), as JSON.
 * It runs on every GET /me, so the whole account is one round trip. Relations not asked for
 * come back as [] / null.
 * One user (GET /me) has its own text, `u.id = $8`: for `= any($8::uuid[])` PostgreSQL's generic
 * plan is costed for several ids, so it kept planning the whole statement afresh on every
 * execution (about 0.3 ms of PostgreSQL CPU per /me; issue 14, docs/decisions.md).
 */
const accountStatement = (userCondition: string) =>
  prepared(`
  select u.*,
         case when $1 then coalesce((
           select json_agg(json_build_object(
                    'access', to_json(pa),
                    'partner', ${partnerJson('pa.partner_id')},
                    'sessions', coalesce((
                      select json_agg(ts order by ts.start_date_time, ts.id)
                        from therapy_session ts where ts.partner_access_id = pa.id), '[]'::json))
                  order by pa.created_at, pa.id)
             from partner_access pa
            where pa.user_id = u.id
              and ($2::boolean is null or pa.feature_therapy = $3)
              and ($4::boolean is null or pa.active = $5)), '[]'::json)
         end as accesses,
         case when $6 then (
           select json_build_object('admin', to_json(pad), 'partner', ${partnerJson('pad.partner_id')})
             from partner_admin pad where pad.user_id = u.id)
         end as admin,
         case when $7 then coalesce((
           select json_agg(json_build_object('progress', to_json(ru), 'resource', to_json(r))
                           order by ru.created_at, ru.id)
             from resource_user ru join resource r on r.id = ru.resource_id
            where ru.user_id = u.id), '[]'::json)
         end as resources
    from "user" u
   where ${userCondition}`);
const ONE_USER = accountStatement('u.id = $8::uuid');
const SOME_USERS = accountStatement('u.id = any($8::uuid[])');

interface AccessJson {
  access: Row;
  partner: PartnerJson;
  sessions: Row[];
}
interface PartnerJson {
  id: string;
  name: string;
  is_active: boolean;
  features: Row[];
}

export class MikroOrmAccountReader implements AccountReader {
  constructor(private readonly em: SqlEntityManager) {}

  async account(userId: UserId): Promise<(UserSearchResult & { resources: ResourceProgressView[] }) | null> {
    const [found] = await this.accounts([userId], {
      partnerAccess: true,
      partnerAdmin: true,
      resources: true,
    });
    return found ? { ...found, resources: found.resources ?? [] } : null;
  }

  /** In the order of `userIds`; unknown ids are left out. `resources` only when included. */
  async accounts(
    userIds: string[],
    include: AccountInclude,
  ): Promise<(UserSearchResult & { resources?: ResourceProgressView[] })[]> {
    if (userIds.length === 0) return [];
    // Raw SQL: one JSON-aggregated statement for the whole account (GET /me budget: 3 statements),
    // prepared on PostgreSQL so it is planned once per connection.
    const featureTherapy = include.accessFilter?.featureTherapy ?? null;
    const active = include.accessFilter?.active ?? null;
    const one = userIds.length === 1;
    const rows = await runPrepared<Row[]>(this.em, one ? ONE_USER : SOME_USERS, [
      include.partnerAccess,
      featureTherapy,
      featureTherapy,
      active,
      active,
      include.partnerAdmin,
      include.resources ?? false,
      one ? userIds[0] : idArray(userIds),
    ]);
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return userIds.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const accesses = (row.accesses as AccessJson[] | null) ?? [];
      const admin = row.admin as { admin: Row; partner: PartnerJson } | null;
      const resources = row.resources as { progress: Row; resource: Row }[] | null;
      return [
        {
          user: userView(row),
          partnerAccesses: accesses.map(({ access, partner, sessions }) =>
            partnerAccessView(access, partnerView(partner), sessions.map(therapySessionView)),
          ),
          partnerAdmin: admin
            ? {
                id: admin.admin.id as PartnerAdminId,
                active: admin.admin.active as boolean,
                createdAt: date(admin.admin.created_at),
                updatedAt: date(admin.admin.updated_at),
                partner: partnerView(admin.partner),
              }
            : null,
          ...(resources
            ? {
                resources: resources.map(({ progress, resource }) =>
                  resourceProgressView(progress, resource),
                ),
              }
            : {}),
        },
      ];
    });
  }
}
