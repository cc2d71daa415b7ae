import type { Partner } from '../../../domain/partner/partner.js';
import { PartnerAlreadyExists } from '../../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../../domain/partner/partner-repository.js';
import type { PartnerId } from '../../../domain/shared/ids.js';

export class InMemoryPartnerRepository implements PartnerRepository {
  private readonly rows = new Map<PartnerId, Partner>();

  async findById(id: PartnerId): Promise<Partner | null> {
    return this.rows.get(id) ?? null;
  }

  /** One process, one thread: there is nothing to lock. */
  findByIdForUpdate(id: PartnerId): Promise<Partner | null> {
    return this.findById(id);
  }

  findByIdForShare(id: PartnerId): Promise<Partner | null> {
    return this.findById(id);
  }

  async findByName(name: string): Promise<Partner | null> {
    const wanted = name.toLowerCase();
    return [...this.rows.values()].find((partner) => partner.name.toLowerCase() === wanted) ?? null;
  }

  async list(): Promise<Partner[]> {
    return [...this.rows.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name),
    );
  }

  async add(partner: Partner): Promise<void> {
    if (await this.findByName(partner.name)) throw new PartnerAlreadyExists();
    this.rows.set(partner.id, partner);
  }

  async save(partner: Partner): Promise<void> {
    this.rows.set(partner.id, partner);
  }
}
