import type { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { AUTOMATIC_ACCESS_CODE } from '../../domain/feature/feature.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { SignUpPartnerNotFound } from '../../domain/partner/partner-errors.js';
import { PartnerAccess } from '../../domain/partner-access/partner-access.js';
import type { PartnerAccessRepository } from '../../domain/partner-access/partner-access-repository.js';
import type { EnrolmentRequest, SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import { PartnerFeatureNotEnabled } from '../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerAccessId, PartnerId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import type { AccessCodeChecks } from './access-code-checks.js';
import type { AssignPartnerAccess } from './assign-partner-access.js';

/** The partner side of sign-up (SPEC 5.1 steps 2 and 4). */
export class PartnerSignUpEnrolment implements SignUpEnrolment {
  constructor(
    private readonly checks: AccessCodeChecks,
    private readonly assign: AssignPartnerAccess,
    private readonly partners: PartnerRepository,
    private readonly features: FeatureRepository,
    private readonly partnerFeatures: PartnerFeatureRepository,
    private readonly accesses: PartnerAccessRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async check(request: EnrolmentRequest): Promise<void> {
    if (request.kind === 'code') await this.checks.check(request.partnerAccessCode, null);
    else await this.checkAutomaticAccess(request.partnerId);
  }

  /** Joins the sign-up's unit of work; the checks run again because time passed since `check`. */
  enrol(userId: UserId, request: EnrolmentRequest): Promise<void> {
    return this.uow.run(async () => {
      if (request.kind === 'code') {
        await this.assign.claim(request.partnerAccessCode, userId);
        return;
      }
      // Fresh and share-locked: a deactivation committed since `check` is seen, and one still
      // running waits for this sign-up to commit.
      await this.checkAutomaticAccess(request.partnerId, true);
      const id = this.ids.uuid() as PartnerAccessId;
      await this.accesses.add(PartnerAccess.automatic(id, request.partnerId, userId, this.clock.now()));
    });
  }

  private async checkAutomaticAccess(partnerId: PartnerId, locked = false): Promise<void> {
    const partner = locked
      ? await this.partners.findByIdForShare(partnerId)
      : await this.partners.findById(partnerId);
    if (!partner?.isActive) throw new SignUpPartnerNotFound();
    const feature = await this.features.findByName(AUTOMATIC_ACCESS_CODE);
    const enabled = feature && (await this.partnerFeatures.find(partnerId, feature.id));
    if (!enabled?.active) throw new PartnerFeatureNotEnabled();
  }
}
