import { portToken } from '../shared/port-token.js';
import type { FeatureId } from '../shared/ids.js';
import type { Feature } from './feature.js';

export interface FeatureRepository {
  findById(id: FeatureId): Promise<Feature | null>;
  findByName(name: string): Promise<Feature | null>;
  /** Oldest first. */
  list(): Promise<Feature[]>;
  /** Throws FeatureAlreadyExists when the name is taken (the database decides under concurrency). */
  add(feature: Feature): Promise<void>;
}
export const FeatureRepository = portToken<FeatureRepository>('FeatureRepository');
