import type { Feature } from '../../domain/feature/feature.js';
import type { FeatureRepository } from '../../domain/feature/feature-repository.js';

export class ListFeatures {
  constructor(private readonly features: FeatureRepository) {}

  execute(): Promise<Feature[]> {
    return this.features.list();
  }
}
