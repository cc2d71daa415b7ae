import type { Feature } from '../../domain/feature/feature.js';
import { AUTOMATIC_ACCESS_CODE } from '../../domain/feature/feature.js';
import type { FeatureRepository } from '../../domain/feature/feature-repository.js';
import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import type { PartnerFeature } from '../../domain/partner-feature/partner-feature.js';
import { PartnerFeatureNotFound } from '../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../domain/partner-feature/partner-feature-repository.js';

/**
 * Whether an active partner lets people sign up without a code. The row is returned with its
 * `active` flag even when switched off, so the client can tell "off" from "never set up".
 */
export class GetAutomaticAccessFeature {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly features: FeatureRepository,
    private readonly partnerFeatures: PartnerFeatureRepository,
  ) {}

  async execute(partnerName: string): Promise<{ partnerFeature: PartnerFeature; feature: Feature }> {
    const partner = await this.partners.findByName(partnerName.trim());
    if (!partner?.isActive) throw new PartnerNotFound();
    const feature = await this.features.findByName(AUTOMATIC_ACCESS_CODE);
    const partnerFeature = feature && (await this.partnerFeatures.find(partner.id, feature.id));
    if (!feature || !partnerFeature) throw new PartnerFeatureNotFound();
    return { partnerFeature, feature };
  }
}
