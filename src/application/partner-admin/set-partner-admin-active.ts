import type { PartnerAdmin } from '../../domain/partner-admin/partner-admin.js';
import { PartnerAdminNotFound } from '../../domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { PartnerAdminId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export class SetPartnerAdminActive {
  constructor(
    private readonly admins: PartnerAdminRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(id: PartnerAdminId, active: boolean): Promise<PartnerAdmin> {
    return this.uow.run(async () => {
      const admin = await this.admins.findById(id);
      if (!admin) throw new PartnerAdminNotFound();
      admin.setActive(active, this.clock.now());
      await this.admins.save(admin);
      return admin;
    });
  }
}
