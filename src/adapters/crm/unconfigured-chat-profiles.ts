import type { ChatProfiles } from '../../domain/chat-profile/chat-profiles.js';
import { SyncDeliveryFailed } from '../../domain/profile-sync/sync-errors.js';

/**
 * Bound when no CRISP_* is set. The worker then has no chat-profile deliverer and never calls
 * it (jobs wait, recorded); anything that still does is told why.
 */
export class UnconfiguredChatProfiles implements ChatProfiles {
  saveProfile(): Promise<void> {
    return Promise.reject(new SyncDeliveryFailed('chat profiles not configured (CRISP_* unset)'));
  }

  saveData(): Promise<void> {
    return this.saveProfile();
  }

  markDeleted(): Promise<void> {
    return this.saveProfile();
  }
}
