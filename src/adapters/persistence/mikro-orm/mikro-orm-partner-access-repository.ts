import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AccessCode } from '../../../domain/partner-access/access-code.js';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type {
  CodedAccess,
  PartnerAccessRepository,
} from '../../../domain/partner-access/partner-access-repository.js';
import type { PartnerAccessId, PartnerId } from '../../../domain/shared/ids.js';
import { AccessByCode } from './access-by-code.js';
import { columnsOf, fields } from './entity-fields.js';

export class MikroOrmPartnerAccessRepository implements PartnerAccessRepository {
  private readonly byCode: AccessByCode;

  constructor(private readonly em: EntityManager) {
    this.byCode = new AccessByCode(em as SqlEntityManager);
  }

  findById(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.em.findOne(PartnerAccess, { id });
  }

  findByIdForUpdate(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.em.findOne(PartnerAccess, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  findByCode(code: AccessCode): Promise<CodedAccess | null> {
    return this.byCode.find(code, false);
  }

  findByCodeForUpdate(code: AccessCode): Promise<CodedAccess | null> {
    return this.byCode.find(code, true);
  }

  /** ON CONFLICT DO NOTHING: a colliding code leaves the transaction usable for the next attempt. */
  async addIfCodeFree(access: PartnerAccess): Promise<boolean> {
    const result = await this.sql
      .createQueryBuilder(PartnerAccess)
      .insert(columnsOf(this.em, access))
      .onConflict('accessCode')
      .ignore()
      .execute('run');
    return result.affectedRows === 1;
  }

  async add(access: PartnerAccess): Promise<void> {
    await this.em.persist(access).flush();
  }

  async save(access: PartnerAccess): Promise<void> {
    await this.em.persist(access).flush();
  }

  async deactivateUnclaimedOf(partnerId: PartnerId, now: Date): Promise<number> {
    const result = await this.sql
      .createQueryBuilder(PartnerAccess)
      .update(fields(this.em, PartnerAccess, { active: false, updatedAt: now }))
      .where(fields(this.em, PartnerAccess, { partnerId, userId: null, active: true }))
      .execute('run');
    return result.affectedRows;
  }

  private get sql(): SqlEntityManager {
    return this.em as SqlEntityManager;
  }
}
