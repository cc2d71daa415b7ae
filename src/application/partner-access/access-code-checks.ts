import type { Partner } from '../../domain/partner/partner.js';
import { AccessCode } from '../../domain/partner-access/access-code.js';
import type { PartnerAccess } from '../../domain/partner-access/partner-access.js';
import {
  AccessCodeDoesNotExist,
  AccessCodeInactive,
} from '../../domain/partner-access/partner-access-errors.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { UserId } from '../../domain/shared/ids.js';

/**
 * The one implementation of SPEC 6.2 that validate-code, assign and sign-up share, so the
 * checks always run in the same order with the same errors.
 */
export class AccessCodeChecks {
  constructor(
    private readonly accesses: PartnerAccessRepository,
    private readonly clock: Clock,
  ) {}

  /** Checks 1 to 5 for `caller` (null when nobody is signed in). `lock` only inside a unit of work. */
  async check(
    raw: string,
    caller: UserId | null,
    lock = false,
  ): Promise<{ access: PartnerAccess; partner: Partner }> {
    const code = AccessCode.parse(raw);
    const found = lock ? await this.accesses.findByCodeForUpdate(code) : await this.accesses.findByCode(code);
    if (!found) throw new AccessCodeDoesNotExist();
    const { access, partner } = found;
    if (!access.active || !partner.isActive) throw new AccessCodeInactive();
    access.assertClaimableBy(caller, this.clock.now());
    return { access, partner };
  }
}
