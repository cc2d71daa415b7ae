import type { FeatureId } from '../shared/ids.js';
import { InvalidFeatureName } from './feature-errors.js';

/** The name every partner feature that enables sign-up without a code refers to (seeded by a migration). */
export const AUTOMATIC_ACCESS_CODE = 'AUTOMATIC_ACCESS_CODE';

export const FEATURE_NAME_MAX = 100;
/** An upper-case identifier: a letter, then letters, digits or underscores. */
export const FEATURE_NAME_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/**
 * A capability a partner can have switched on (e.g. AUTOMATIC_ACCESS_CODE). Names are
 * upper-case identifiers because code branches on them; they never change once created.
 */
export class Feature {
  constructor(
    readonly id: FeatureId,
    readonly name: string,
    readonly createdAt: Date,
    readonly updatedAt: Date,
  ) {}

  static create(id: FeatureId, name: string, now: Date): Feature {
    const normalised = name.trim();
    if (normalised.length > FEATURE_NAME_MAX || !FEATURE_NAME_PATTERN.test(normalised))
      throw new InvalidFeatureName();
    return new Feature(id, normalised, now, now);
  }
}
