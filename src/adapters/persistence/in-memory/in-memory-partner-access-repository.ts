import type { AccessCode } from '../../../domain/partner-access/access-code.js';
import type { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type {
  CodedAccess,
  PartnerAccessRepository,
} from '../../../domain/partner-access/partner-access-repository.js';
import type { PartnerAccessId, PartnerId } from '../../../domain/shared/ids.js';
import type { InMemoryPartnerRepository } from './in-memory-partner-repository.js';

/** Locks are the unit of work's job here: InMemoryUnitOfWork runs units one at a time. */
export class InMemoryPartnerAccessRepository implements PartnerAccessRepository {
  private readonly rows = new Map<PartnerAccessId, PartnerAccess>();

  /** The partners an access is read with (the database's foreign key, here). */
  constructor(private readonly partners: InMemoryPartnerRepository) {}

  all(): PartnerAccess[] {
    return [...this.rows.values()];
  }

  async findById(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.rows.get(id) ?? null;
  }

  findByIdForUpdate(id: PartnerAccessId): Promise<PartnerAccess | null> {
    return this.findById(id);
  }

  async findByCode(code: AccessCode): Promise<CodedAccess | null> {
    const access = this.withCode(code);
    if (!access) return null;
    const partner = await this.partners.findById(access.partnerId);
    if (!partner) throw new Error('partner access without its partner');
    return { access, partner };
  }

  findByCodeForUpdate(code: AccessCode): Promise<CodedAccess | null> {
    return this.findByCode(code);
  }

  async addIfCodeFree(access: PartnerAccess): Promise<boolean> {
    if (access.accessCode && this.withCode(access.accessCode)) return false;
    this.rows.set(access.id, access);
    return true;
  }

  async add(access: PartnerAccess): Promise<void> {
    this.rows.set(access.id, access);
  }

  async save(access: PartnerAccess): Promise<void> {
    this.rows.set(access.id, access);
  }

  async deactivateUnclaimedOf(partnerId: PartnerId, now: Date): Promise<number> {
    const changed = [...this.rows.values()].filter(
      (access) => access.partnerId === partnerId && access.userId === null && access.active,
    );
    for (const access of changed) access.change({ active: false }, now);
    return changed.length;
  }

  private withCode(code: AccessCode): PartnerAccess | undefined {
    return [...this.rows.values()].find((access) => access.accessCode === code);
  }
}
