import type { IdGenerator } from '../shared/id-generator.js';

/**
 * A random 20-character lower-case hex string (SPEC 5.2 anonymisation), cut from the end of a
 * UUID from the id generator so the core stays free of crypto: over 70 random bits.
 */
export function randomText20(ids: IdGenerator): string {
  return ids.uuid().replace(/-/g, '').slice(-20);
}
