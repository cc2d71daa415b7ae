import type { Partner } from '../../domain/partner/partner.js';
import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { PartnerId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

/**
 * Deactivating a partner also deactivates its admins and its unclaimed codes, in the same
 * transaction; claimed accesses stay, so its users keep what they were given. Reactivating
 * revives nothing else: admins and codes are switched back on one by one.
 */
export class SetPartnerActive {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly admins: PartnerAdminRepository,
    private readonly accesses: PartnerAccessRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(id: PartnerId, active: boolean): Promise<Partner> {
    return this.uow.run(async () => {
      const partner = await this.partners.findByIdForUpdate(id);
      if (!partner) throw new PartnerNotFound();
      const now = this.clock.now();
      partner.setActive(active, now);
      await this.partners.save(partner);
      if (!active) {
        await this.admins.deactivateAllOf(id, now);
        await this.accesses.deactivateUnclaimedOf(id, now);
      }
      return partner;
    });
  }
}
