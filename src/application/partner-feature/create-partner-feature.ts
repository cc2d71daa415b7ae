import { FeatureNotFound } from '../../domain/feature/feature-errors.js';
import type { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerFeature } from '../../domain/partner-feature/partner-feature.js';
import { PartnerFeatureAlreadyExists } from '../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export class CreatePartnerFeature {
  constructor(
    private readonly partnerFeatures: PartnerFeatureRepository,
    private readonly partners: PartnerRepository,
    private readonly features: FeatureRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: { partnerId: PartnerId; featureId: FeatureId; active: boolean }): Promise<PartnerFeature> {
    return this.uow.run(async () => {
      if (!(await this.partners.findById(input.partnerId))) throw new PartnerNotFound();
      if (!(await this.features.findById(input.featureId))) throw new FeatureNotFound();
      if (await this.partnerFeatures.find(input.partnerId, input.featureId))
        throw new PartnerFeatureAlreadyExists();
      const id = this.ids.uuid() as PartnerFeatureId;
      const partnerFeature = PartnerFeature.create(
        id,
        input.partnerId,
        input.featureId,
        input.active,
        this.clock.now(),
      );
      await this.partnerFeatures.add(partnerFeature);
      return partnerFeature;
    });
  }
}
