import { Feature } from '../../src/domain/feature/feature.js';
import type { FeatureId } from '../../src/domain/shared/ids.js';

export const T0 = new Date('2026-01-15T10:00:00.000Z');

export function aFeature(overrides: { id?: string; name?: string; createdAt?: Date } = {}): Feature {
  return Feature.create(
    (overrides.id ?? '0b1e9a52-5f1d-4c36-9d3e-000000000001') as FeatureId,
    overrides.name ?? 'THERAPY',
    overrides.createdAt ?? T0,
  );
}
