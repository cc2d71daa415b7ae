import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type {
  PartnerAdminListItem,
  PartnerAdminReader,
} from '../../../domain/partner-admin/partner-admin-reader.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';

interface Row {
  id: string;
  user_id: string;
  partner_id: string;
  active: boolean;
  created_at: Date | string;
  updated_at: Date | string;
  user_name: string;
  user_email: string;
}

export class MikroOrmPartnerAdminReader implements PartnerAdminReader {
  constructor(private readonly em: SqlEntityManager) {}

  async list(partnerId?: PartnerId): Promise<PartnerAdminListItem[]> {
    const rows: Row[] = await this.em.execute(
      `select pa.*, u.name as user_name, u.email as user_email
         from partner_admin pa join "user" u on u.id = pa.user_id
        ${partnerId ? 'where pa.partner_id = ?' : ''}
        order by pa.created_at, pa.id`,
      partnerId ? [partnerId] : [],
    );
    return rows.map((row) => ({
      id: row.id as PartnerAdminId,
      userId: row.user_id as UserId,
      partnerId: row.partner_id as PartnerId,
      active: row.active,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
      user: { id: row.user_id as UserId, name: row.user_name, email: row.user_email },
    }));
  }
}
