import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../../domain/partner/partner.js';
import { PartnerAlreadyExists } from '../../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../../domain/partner/partner-repository.js';
import type { PartnerId } from '../../../domain/shared/ids.js';

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

  async findByName(name: string): Promise<Partner | null> {
    const rows: { id: string }[] = await (this.em as SqlEntityManager).execute(
      `select id from partner where lower(name) = lower(?)`,
      [name],
    );
    const id = rows[0]?.id;
    return id ? this.findById(id as PartnerId) : null;
  }

  list(): Promise<Partner[]> {
    return this.em.find(Partner, {}, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  async add(partner: Partner): Promise<void> {
    try {
      await this.em.persist(partner).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new PartnerAlreadyExists();
      throw error;
    }
  }

  async save(partner: Partner): Promise<void> {
    await this.em.persist(partner).flush();
  }
}
