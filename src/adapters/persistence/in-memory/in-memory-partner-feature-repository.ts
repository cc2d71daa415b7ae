import type { PartnerFeature } from '../../../domain/partner-feature/partner-feature.js';
import { PartnerFeatureAlreadyExists } from '../../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../../domain/partner-feature/partner-feature-repository.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../../../domain/shared/ids.js';

export class InMemoryPartnerFeatureRepository implements PartnerFeatureRepository {
  private readonly rows = new Map<PartnerFeatureId, PartnerFeature>();

  async findById(id: PartnerFeatureId): Promise<PartnerFeature | null> {
    return this.rows.get(id) ?? null;
  }

  async find(partnerId: PartnerId, featureId: FeatureId): Promise<PartnerFeature | null> {
    return (
      [...this.rows.values()].find((pf) => pf.partnerId === partnerId && pf.featureId === featureId) ?? null
    );
  }

  async add(partnerFeature: PartnerFeature): Promise<void> {
    if (await this.find(partnerFeature.partnerId, partnerFeature.featureId))
      throw new PartnerFeatureAlreadyExists();
    this.rows.set(partnerFeature.id, partnerFeature);
  }

  async save(partnerFeature: PartnerFeature): Promise<void> {
    this.rows.set(partnerFeature.id, partnerFeature);
  }
}
