import { portToken } from '../shared/port-token.js';
import type { FeatureId, PartnerFeatureId, PartnerId } from '../shared/ids.js';
import type { PartnerFeature } from './partner-feature.js';

export interface PartnerFeatureRepository {
  findById(id: PartnerFeatureId): Promise<PartnerFeature | null>;
  find(partnerId: PartnerId, featureId: FeatureId): Promise<PartnerFeature | null>;
  /** Throws PartnerFeatureAlreadyExists for a second row of the same partner and feature. */
  add(partnerFeature: PartnerFeature): Promise<void>;
  save(partnerFeature: PartnerFeature): Promise<void>;
}
export const PartnerFeatureRepository = portToken<PartnerFeatureRepository>('PartnerFeatureRepository');
