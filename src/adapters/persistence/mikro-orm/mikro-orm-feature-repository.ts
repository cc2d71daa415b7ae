import type { EntityManager } from '@mikro-orm/core';
import { Feature } from '../../../domain/feature/feature.js';
import { FeatureAlreadyExists } from '../../../domain/feature/feature-errors.js';
import type { FeatureRepository } from '../../../domain/feature/feature-repository.js';
import type { FeatureId } from '../../../domain/shared/ids.js';
import { isUniqueViolation } from './database-errors.js';

export class MikroOrmFeatureRepository implements FeatureRepository {
  /** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
  constructor(private readonly em: EntityManager) {}

  findById(id: FeatureId): Promise<Feature | null> {
    return this.em.findOne(Feature, { id });
  }

  findByName(name: string): Promise<Feature | null> {
    return this.em.findOne(Feature, { name });
  }

  list(): Promise<Feature[]> {
    return this.em.find(Feature, {}, { orderBy: { createdAt: 'asc', name: 'asc' } });
  }

  async add(feature: Feature): Promise<void> {
    try {
      await this.em.persist(feature).flush();
    } catch (error) {
      if (isUniqueViolation(error, 'feature_name_unique')) throw new FeatureAlreadyExists();
      throw error;
    }
  }
}
