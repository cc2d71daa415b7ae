import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerAdmin } from '../../domain/partner-admin/partner-admin.js';
import { UserAlreadyPartnerAdmin } from '../../domain/partner-admin/partner-admin-errors.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserNotFound } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';

/**
 * Makes an existing, not deleted user the admin of a partner. An inactive partner is accepted:
 * the role only takes effect while the partner is active (docs/decisions.md).
 */
export class CreatePartnerAdmin {
  constructor(
    private readonly admins: PartnerAdminRepository,
    private readonly partners: PartnerRepository,
    private readonly users: UserRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: { userId: UserId; partnerId: PartnerId }): Promise<PartnerAdmin> {
    return this.uow.run(async () => {
      if (!(await this.partners.findById(input.partnerId))) throw new PartnerNotFound();
      // Locked, so a deletion in flight finishes first and is seen: a deleted user is gone.
      const user = await this.users.findByIdForUpdate(input.userId);
      if (!user || user.deletedAt !== null) throw new UserNotFound();
      if (await this.admins.findByUserId(input.userId)) throw new UserAlreadyPartnerAdmin();
      const id = this.ids.uuid() as PartnerAdminId;
      const admin = PartnerAdmin.create(id, input.userId, input.partnerId, this.clock.now());
      await this.admins.add(admin);
      return admin;
    });
  }
}
