import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ActorDirectory, ActorRecord } from '../../../domain/identity/actor.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';

interface Row {
  id: string;
  email: string;
  is_active: boolean;
  deleted_at: Date | string | null;
  is_super_admin: boolean;
  partner_admin_id: string | null;
  partner_id: string | null;
}

/** One indexed read per request: the user and, when active with an active partner, their admin role. */
export class MikroOrmActorDirectory implements ActorDirectory {
  constructor(private readonly em: SqlEntityManager) {}

  async findByFirebaseUid(firebaseUid: string): Promise<ActorRecord | null> {
    const rows: Row[] = await this.em.execute(
      `select u.id, u.email, u.is_active, u.deleted_at, u.is_super_admin,
              pa.id as partner_admin_id, pa.partner_id
         from "user" u
         left join partner_admin pa on pa.user_id = u.id and pa.active
              and exists (select 1 from partner p where p.id = pa.partner_id and p.is_active)
        where u.firebase_uid = ?`,
      [firebaseUid],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id as UserId,
      email: row.email,
      isActive: row.is_active,
      deletedAt: row.deleted_at ? new Date(row.deleted_at) : null,
      isSuperAdmin: row.is_super_admin,
      partnerAdmin:
        row.partner_admin_id && row.partner_id
          ? { id: row.partner_admin_id as PartnerAdminId, partnerId: row.partner_id as PartnerId }
          : null,
    };
  }
}
