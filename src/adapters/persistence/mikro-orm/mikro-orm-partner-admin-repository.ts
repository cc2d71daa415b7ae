import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
import { UserAlreadyPartnerAdmin } from '../../../domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../../domain/partner-admin/partner-admin-repository.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';
import { isUniqueViolation } from './database-errors.js';
import { fields } from './entity-fields.js';

export class MikroOrmPartnerAdminRepository implements PartnerAdminRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: PartnerAdminId): Promise<PartnerAdmin | null> {
    return this.em.findOne(PartnerAdmin, { id });
  }

  findByIdForShare(id: PartnerAdminId): Promise<PartnerAdmin | null> {
    return this.em.findOne(PartnerAdmin, { id }, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  }

  findByUserId(userId: UserId): Promise<PartnerAdmin | null> {
    return this.em.findOne(PartnerAdmin, { userId });
  }

  async add(admin: PartnerAdmin): Promise<void> {
    try {
      await this.em.persist(admin).flush();
    } catch (error) {
      if (isUniqueViolation(error, 'partner_admin_user_id_unique')) throw new UserAlreadyPartnerAdmin();
      throw error;
    }
  }

  async save(admin: PartnerAdmin): Promise<void> {
    await this.em.persist(admin).flush();
  }

  async deactivateAllOf(partnerId: PartnerId, now: Date): Promise<number> {
    const result = await (this.em as SqlEntityManager)
      .createQueryBuilder(PartnerAdmin)
      .update(fields(this.em, PartnerAdmin, { active: false, updatedAt: now }))
      .where(fields(this.em, PartnerAdmin, { partnerId, active: true }))
      .execute('run');
    return result.affectedRows;
  }
}
