import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AUTOMATIC_ACCESS_CODE } from '../../src/domain/feature/feature.js';
import { FeatureAlreadyExists } from '../../src/domain/feature/feature-errors.js';
import type { FeatureRepository } from '../../src/domain/feature/feature-repository.js';
import type { FeatureId } from '../../src/domain/shared/ids.js';
import { aFeature, T0 } from '../builders/feature.builder.js';
import type { Store } from '../support/stores.js';

export interface FeaturePorts {
  features: FeatureRepository;
  /** The database seeds AUTOMATIC_ACCESS_CODE; the in-memory store starts empty. */
  seeded: boolean;
}

export function featureRepositoryContract(name: string, open: () => Promise<Store<FeaturePorts>>) {
  describe(`${name} honours FeatureRepository`, () => {
    let store: Store<FeaturePorts>;
    const features = () => store.ports.features;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());
    beforeEach(() => store.reset());

    it('finds an added feature by id and by exact name', async () => {
      const feature = aFeature({ name: 'THERAPY' });
      await store.uow.run(() => features().add(feature));

      const byId = await store.uow.run(() => features().findById(feature.id));
      const byName = await store.uow.run(() => features().findByName('THERAPY'));
      expect(byId).toMatchObject({ id: feature.id, name: 'THERAPY', createdAt: T0 });
      expect(byName?.id).toBe(feature.id);
      expect(await store.uow.run(() => features().findByName('therapy'))).toBeNull();
    });

    it('answers null for an unknown id', async () => {
      const unknown = '6f2d0a8e-0000-4000-8000-000000000000' as FeatureId;
      expect(await store.uow.run(() => features().findById(unknown))).toBeNull();
    });

    it('refuses a second feature with the same name', async () => {
      await store.uow.run(() => features().add(aFeature({ name: 'LIVE_CHAT' })));
      const twin = aFeature({ id: '0b1e9a52-5f1d-4c36-9d3e-000000000002', name: 'LIVE_CHAT' });

      await expect(store.uow.run(() => features().add(twin))).rejects.toBeInstanceOf(FeatureAlreadyExists);
      const names = (await store.uow.run(() => features().list())).map((feature) => feature.name);
      expect(names.filter((n) => n === 'LIVE_CHAT')).toHaveLength(1);
    });

    it('lists features oldest first', async () => {
      await store.uow.run(async () => {
        await features().add(
          aFeature({
            id: 'a0000000-0000-4000-8000-000000000002',
            name: 'B_LATER',
            createdAt: new Date(T0.getTime() + 1000),
          }),
        );
        await features().add(
          aFeature({ id: 'a0000000-0000-4000-8000-000000000001', name: 'A_EARLIER', createdAt: T0 }),
        );
      });
      const names = (await store.uow.run(() => features().list())).map((feature) => feature.name);
      const expected = ['A_EARLIER', 'B_LATER'];
      expect(names.filter((n) => n !== AUTOMATIC_ACCESS_CODE)).toEqual(expected);
      expect(names.includes(AUTOMATIC_ACCESS_CODE)).toBe(store.ports.seeded);
    });
  });
}
