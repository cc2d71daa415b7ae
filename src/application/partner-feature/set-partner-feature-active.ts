import type { PartnerFeature } from '../../domain/partner-feature/partner-feature.js';
import { PartnerFeatureNotFound } from '../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { PartnerFeatureId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export class SetPartnerFeatureActive {
  constructor(
    private readonly partnerFeatures: PartnerFeatureRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(id: PartnerFeatureId, active: boolean): Promise<PartnerFeature> {
    return this.uow.run(async () => {
      const partnerFeature = await this.partnerFeatures.findById(id);
      if (!partnerFeature) throw new PartnerFeatureNotFound();
      partnerFeature.setActive(active, this.clock.now());
      await this.partnerFeatures.save(partnerFeature);
      return partnerFeature;
    });
  }
}
