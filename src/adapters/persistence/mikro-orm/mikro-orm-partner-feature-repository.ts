import type { EntityManager } from '@mikro-orm/core';
import { PartnerFeature } from '../../../domain/partner-feature/partner-feature.js';
import { PartnerFeatureAlreadyExists } from '../../../domain/partner-feature/partner-feature-errors.js';
import type { PartnerFeatureRepository } from '../../../domain/partner-feature/partner-feature-repository.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../../../domain/shared/ids.js';
import { isUniqueViolation } from './database-errors.js';

export class MikroOrmPartnerFeatureRepository implements PartnerFeatureRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: PartnerFeatureId): Promise<PartnerFeature | null> {
    return this.em.findOne(PartnerFeature, { id });
  }

  find(partnerId: PartnerId, featureId: FeatureId): Promise<PartnerFeature | null> {
    return this.em.findOne(PartnerFeature, { partnerId, featureId });
  }

  async add(partnerFeature: PartnerFeature): Promise<void> {
    try {
      await this.em.persist(partnerFeature).flush();
    } catch (error) {
      if (isUniqueViolation(error, 'partner_feature_partner_feature_unique'))
        throw new PartnerFeatureAlreadyExists();
      throw error;
    }
  }

  async save(partnerFeature: PartnerFeature): Promise<void> {
    await this.em.persist(partnerFeature).flush();
  }
}
