import { sql } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
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
    // The mappings hold ids, not relations, so the join names its table (sql.ref).
    const rows = await this.em
      .createQueryBuilder(PartnerAdmin, 'pa')
      .select(['pa.*', sql.ref('u.name').as('user_name'), sql.ref('u.email').as('user_email')])
      .join(sql.ref('user'), 'u', { 'u.id': sql.ref('pa.user_id') })
      .where(partnerId ? { partnerId } : {})
      .orderBy({ createdAt: 'asc', id: 'asc' })
      .execute<Row[]>('all', false);
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
