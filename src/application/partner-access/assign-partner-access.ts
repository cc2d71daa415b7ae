import type { PartnerAccess } from '../../domain/partner-access/partner-access.js';
import type { UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { AccessCodeChecks } from './access-code-checks.js';

/** A signed-in user claims a code (SPEC section 6, assign). */
export class AssignPartnerAccess {
  constructor(
    private readonly checks: AccessCodeChecks,
    private readonly uow: UnitOfWork,
  ) {}

  execute(input: { userId: UserId; code: string }): Promise<PartnerAccess> {
    return this.uow.run(() => this.checks.claim(input.code, input.userId));
  }
}
