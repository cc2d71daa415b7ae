import type { AccessChanges } from '../../domain/partner-access/partner-access.js';
import { PartnerAccessNotFound } from '../../domain/partner-access/partner-access-errors.js';
import type { PartnerAccessReader } from '../../domain/partner-access/partner-access-reader.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { PartnerAccessView } from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { PartnerAccessId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

/**
 * A super admin corrects an access; its holder's Crisp profile follows. Answers the access as
 * section 5 shows it, read in the same transaction.
 */
export class UpdatePartnerAccess {
  constructor(
    private readonly accesses: PartnerAccessRepository,
    private readonly reader: PartnerAccessReader,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(id: PartnerAccessId, changes: AccessChanges): Promise<PartnerAccessView> {
    return this.uow.run(async () => {
      const access = await this.accesses.findByIdForUpdate(id);
      if (!access) throw new PartnerAccessNotFound();
      access.change(changes, this.clock.now());
      await this.accesses.save(access);
      if (access.userId) await this.profiles.enqueue(access.userId);
      const view = await this.reader.byId(id);
      if (!view) throw new PartnerAccessNotFound();
      return view;
    });
  }
}
