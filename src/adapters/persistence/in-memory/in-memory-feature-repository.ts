import type { Feature } from '../../../domain/feature/feature.js';
import { FeatureAlreadyExists } from '../../../domain/feature/feature-errors.js';
import type { FeatureRepository } from '../../../domain/feature/feature-repository.js';
import type { FeatureId } from '../../../domain/shared/ids.js';

export class InMemoryFeatureRepository implements FeatureRepository {
  private readonly rows = new Map<FeatureId, Feature>();

  async findById(id: FeatureId): Promise<Feature | null> {
    return this.rows.get(id) ?? null;
  }

  async findByName(name: string): Promise<Feature | null> {
    return [...this.rows.values()].find((feature) => feature.name === name) ?? null;
  }

  async list(): Promise<Feature[]> {
    return [...this.rows.values()].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name),
    );
  }

  async add(feature: Feature): Promise<void> {
    if (await this.findByName(feature.name)) throw new FeatureAlreadyExists();
    this.rows.set(feature.id, feature);
  }
}
