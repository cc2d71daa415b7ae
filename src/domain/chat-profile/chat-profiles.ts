import { portToken } from '../shared/port-token.js';
import type { ChatProfile, ChatProfileData, ChatProfileDeletion } from './chat-profile.js';

/**
 * The chat provider's people directory (Crisp today), addressed by email. Another provider is
 * one more adapter of this port. Failures reject with SyncDeliveryFailed.
 */
export interface ChatProfiles {
  /**
   * The base profile (email, nickname, locales, segments): created, or updated when it exists.
   * When `previousEmail` is set and differs from `profile.email`, the profile known under
   * `previousEmail` is renamed to it (created when there is none).
   */
  saveProfile(profile: ChatProfile, previousEmail: string | null): Promise<void>;
  /** Merges `data` into the people data of the profile under `email`. */
  saveData(email: string, data: ChatProfileData): Promise<void>;
  /** The deletion update of the profile under `email`; nothing when there is no such profile. */
  markDeleted(email: string, deletion: ChatProfileDeletion): Promise<void>;
}
export const ChatProfiles = portToken<ChatProfiles>('ChatProfiles');
