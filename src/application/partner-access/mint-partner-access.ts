import { Forbidden } from '../../domain/identity/auth-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import type { AccessCodeGenerator } from '../../domain/partner-access/access-code-generator.js';
import { PartnerAccess, type Grant } from '../../domain/partner-access/partner-access.js';
import { AccessCodesExhausted } from '../../domain/partner-access/partner-access-errors.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerAccessId, PartnerAdminId, PartnerId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

const MAX_ATTEMPTS = 10;

/**
 * A partner admin mints a code for their own partner (never another). The partner and admin rows
 * are share-locked and re-checked in the transaction: a deactivation committed since the caller
 * was authenticated refuses the mint, and one in flight waits for it, so its sweep of unclaimed
 * codes sees the new one. No active code ever outlives its partner's deactivation.
 */
export class MintPartnerAccess {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly admins: PartnerAdminRepository,
    private readonly accesses: PartnerAccessRepository,
    private readonly codes: AccessCodeGenerator,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: {
    admin: { id: PartnerAdminId; partnerId: PartnerId };
    grant: Grant;
  }): Promise<PartnerAccess> {
    return this.uow.run(async () => {
      const partner = await this.partners.findByIdForShare(input.admin.partnerId);
      const admin = await this.admins.findByIdForShare(input.admin.id);
      if (!partner?.isActive || !admin?.active || admin.partnerId !== input.admin.partnerId)
        throw new Forbidden();
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        const access = PartnerAccess.mint(
          this.ids.uuid() as PartnerAccessId,
          input.admin,
          this.codes.next(),
          input.grant,
          this.clock.now(),
        );
        if (await this.accesses.addIfCodeFree(access)) return access;
      }
      throw new AccessCodesExhausted();
    });
  }
}
