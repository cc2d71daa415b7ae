import { LockMode, raw, sql, type EntityManager } from '@mikro-orm/core';
import { Partner } from '../../../domain/partner/partner.js';
import { PartnerAlreadyExists } from '../../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../../domain/partner/partner-repository.js';
import type { PartnerId } from '../../../domain/shared/ids.js';
import { isUniqueViolation } from './database-errors.js';

export class MikroOrmPartnerRepository implements PartnerRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: EntityManager) {}

  findById(id: PartnerId): Promise<Partner | null> {
    return this.em.findOne(Partner, { id });
  }

  findByIdForUpdate(id: PartnerId): Promise<Partner | null> {
    return this.em.findOne(Partner, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  findByIdForShare(id: PartnerId): Promise<Partner | null> {
    return this.em.findOne(Partner, { id }, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
  }

  /** Both sides lower-cased by PostgreSQL, as the partner name index is. */
  findByName(name: string): Promise<Partner | null> {
    return this.em.findOne(Partner, { [sql.lower('name')]: raw('lower(?)', [name]) });
  }

  list(): Promise<Partner[]> {
    return this.em.find(Partner, {}, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  async add(partner: Partner): Promise<void> {
    try {
      await this.em.persist(partner).flush();
    } catch (error) {
      if (isUniqueViolation(error, 'partner_name_lower_unique')) throw new PartnerAlreadyExists();
      throw error;
    }
  }

  async save(partner: Partner): Promise<void> {
    await this.em.persist(partner).flush();
  }
}
