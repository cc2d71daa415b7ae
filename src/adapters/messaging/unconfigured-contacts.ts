import { SyncDeliveryFailed } from '../../domain/profile-sync/sync-errors.js';
import type { MessagingContacts } from '../../domain/subscription/contact-sync.js';

/**
 * Bound when the RESPOND_IO_* hooks are unset. The worker then has no contact-sync deliverer
 * and never calls it (jobs wait, recorded); anything that still does is told why.
 */
export class UnconfiguredContacts implements MessagingContacts {
  add(): Promise<void> {
    return Promise.reject(new SyncDeliveryFailed('contact hooks not configured (RESPOND_IO_* unset)'));
  }

  remove(): Promise<void> {
    return this.add();
  }
}
