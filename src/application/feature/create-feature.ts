import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { FeatureId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { Feature } from '../../domain/feature/feature.js';
import { FeatureAlreadyExists } from '../../domain/feature/feature-errors.js';
import type { FeatureRepository } from '../../domain/feature/feature-repository.js';

export class CreateFeature {
  constructor(
    private readonly features: FeatureRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: { name: string }): Promise<Feature> {
    return this.uow.run(async () => {
      const feature = Feature.create(this.ids.uuid() as FeatureId, input.name, this.clock.now());
      if (await this.features.findByName(feature.name)) throw new FeatureAlreadyExists();
      await this.features.add(feature);
      return feature;
    });
  }
}
