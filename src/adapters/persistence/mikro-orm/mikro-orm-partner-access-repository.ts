import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AccessCode } from '../../../domain/partner-access/access-code.js';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type { PartnerAccessRepository } from '../../../domain/partner-access/partner-access-repository.js';
import type { PartnerAccessId, PartnerId } from '../../../domain/shared/ids.js';

export class MikroOrmPartnerAccessRepository implements PartnerAccessRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.em.findOne(PartnerAccess, { id });
  }

  findByIdForUpdate(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.em.findOne(PartnerAccess, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  findByCode(code: AccessCode): Promise<PartnerAccess | null> {
    return this.em.findOne(PartnerAccess, { accessCode: code });
  }

  /** `refresh`: a row read earlier in this request must not hide a claim committed meanwhile. */
  findByCodeForUpdate(code: AccessCode): Promise<PartnerAccess | null> {
    return this.em.findOne(
      PartnerAccess,
      { accessCode: code },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /** ON CONFLICT DO NOTHING: a colliding code leaves the transaction usable for the next attempt. */
  async addIfCodeFree(access: PartnerAccess): Promise<boolean> {
    const result = await this.sql.execute(
      `insert into partner_access (id, created_at, updated_at, partner_id, partner_admin_id, access_code,
         active, activated_at, user_id, feature_live_chat, feature_therapy,
         therapy_sessions_remaining, therapy_sessions_redeemed)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (access_code) do nothing`,
      [
        access.id,
        access.createdAt,
        access.updatedAt,
        access.partnerId,
        access.partnerAdminId,
        access.accessCode,
        access.active,
        access.activatedAt,
        access.userId,
        access.featureLiveChat,
        access.featureTherapy,
        access.therapySessionsRemaining,
        access.therapySessionsRedeemed,
      ],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows === 1;
  }

  async add(access: PartnerAccess): Promise<void> {
    await this.em.persist(access).flush();
  }

  async save(access: PartnerAccess): Promise<void> {
    await this.em.persist(access).flush();
  }

  async deactivateUnclaimedOf(partnerId: PartnerId, now: Date): Promise<number> {
    const result = await this.sql.execute(
      `update partner_access set active = false, updated_at = ?
        where partner_id = ? and user_id is null and active`,
      [now, partnerId],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }

  private get sql(): SqlEntityManager {
    return this.em as SqlEntityManager;
  }
}
