import { portToken } from '../shared/port-token.js';
import type { UserId } from '../shared/ids.js';

/**
 * The email each user's chat profile was last delivered under: an email change renames the
 * profile found under it, and the deletion update reaches it after the row's email was
 * randomised. Forgotten once the deletion update is delivered, so no real email outlives it.
 */
export interface ChatProfileAddresses {
  lastDelivered(userId: UserId): Promise<string | null>;
  remember(userId: UserId, email: string, now: Date): Promise<void>;
  forget(userId: UserId): Promise<void>;
}
export const ChatProfileAddresses = portToken<ChatProfileAddresses>('ChatProfileAddresses');
