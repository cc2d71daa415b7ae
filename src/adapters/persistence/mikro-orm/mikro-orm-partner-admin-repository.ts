import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
import { UserAlreadyPartnerAdmin } from '../../../domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../../domain/partner-admin/partner-admin-repository.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';

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
      if (error instanceof UniqueConstraintViolationException) throw new UserAlreadyPartnerAdmin();
      throw error;
    }
  }

  async save(admin: PartnerAdmin): Promise<void> {
    await this.em.persist(admin).flush();
  }

  async deactivateAllOf(partnerId: PartnerId, now: Date): Promise<number> {
    const result = await (this.em as SqlEntityManager).execute(
      `update partner_admin set active = false, updated_at = ? where partner_id = ? and active`,
      [now, partnerId],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }
}
