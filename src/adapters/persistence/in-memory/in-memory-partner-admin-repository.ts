import type { PartnerAdmin } from '../../../domain/partner-admin/partner-admin.js';
import { UserAlreadyPartnerAdmin } from '../../../domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../../domain/partner-admin/partner-admin-repository.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../../domain/shared/ids.js';

export class InMemoryPartnerAdminRepository implements PartnerAdminRepository {
  private readonly rows = new Map<PartnerAdminId, PartnerAdmin>();

  async findById(id: PartnerAdminId): Promise<PartnerAdmin | null> {
    return this.rows.get(id) ?? null;
  }

  /** One process, one thread: there is nothing to lock. */
  findByIdForShare(id: PartnerAdminId): Promise<PartnerAdmin | null> {
    return this.findById(id);
  }

  async findByUserId(userId: UserId): Promise<PartnerAdmin | null> {
    return [...this.rows.values()].find((admin) => admin.userId === userId) ?? null;
  }

  async add(admin: PartnerAdmin): Promise<void> {
    if (await this.findByUserId(admin.userId)) throw new UserAlreadyPartnerAdmin();
    this.rows.set(admin.id, admin);
  }

  async save(admin: PartnerAdmin): Promise<void> {
    this.rows.set(admin.id, admin);
  }

  async deactivateAllOf(partnerId: PartnerId, now: Date): Promise<number> {
    const changed = [...this.rows.values()].filter((admin) => admin.partnerId === partnerId && admin.active);
    for (const admin of changed) admin.setActive(false, now);
    return changed.length;
  }
}
