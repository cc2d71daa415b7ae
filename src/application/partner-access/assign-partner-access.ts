import type { PartnerAccess } from '../../domain/partner-access/partner-access.js';
import { PartnerAccessNotFound } from '../../domain/partner-access/partner-access-errors.js';
import type { PartnerAccessReader } from '../../domain/partner-access/partner-access-reader.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { PartnerAccessView } from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { AccessCodeChecks } from './access-code-checks.js';

export interface AssignPartnerAccessInput {
  userId: UserId;
  code: string;
}

/**
 * A signed-in user claims a code (SPEC section 6, assign), and gets the access as section 5
 * shows it, read in the same transaction. Sign-up claims through `claim`, so a code is claimed
 * exactly as assign does it (SPEC 5.1 step 4).
 */
export class AssignPartnerAccess {
  constructor(
    private readonly checks: AccessCodeChecks,
    private readonly accesses: PartnerAccessRepository,
    private readonly reader: PartnerAccessReader,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(input: AssignPartnerAccessInput): Promise<PartnerAccessView> {
    return this.uow.run(async () => {
      const access = await this.claim(input.code, input.userId);
      const view = await this.reader.byId(access.id);
      if (!view) throw new PartnerAccessNotFound();
      return view;
    });
  }

  /**
   * Claims the code for `userId` after SPEC 6.2's checks, joining the caller's unit of work (or
   * opening one). The row lock makes concurrent claims queue up: the first wins, the others
   * then see it claimed (ALREADY_IN_USE).
   */
  claim(code: string, userId: UserId): Promise<PartnerAccess> {
    return this.uow.run(async () => {
      const { access } = await this.checks.check(code, userId, true);
      access.claimFor(userId, this.clock.now());
      await this.accesses.save(access);
      await this.profiles.enqueue(userId);
      return access;
    });
  }
}
