import { portToken } from '../shared/port-token.js';
import type { UserId } from '../shared/ids.js';

/**
 * Finds the Bloom user a booking is for. Only active users that are not deleted are found: a
 * deleted account's email is randomised, a deactivated one books nothing new, and an admin
 * re-activating a deleted account does not make it bookable again. The found user row stays
 * share-locked until the unit of work ends, so a deletion cannot commit in between.
 */
export interface TherapyClients {
  findActiveById(userId: UserId): Promise<UserId | null>;
  /** Exact equality on the lower-cased email, no patterns. */
  findActiveByEmail(email: string): Promise<UserId | null>;
}
export const TherapyClients = portToken<TherapyClients>('TherapyClients');
