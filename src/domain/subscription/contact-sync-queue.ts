import { portToken } from '../shared/port-token.js';
import type { UserId } from '../shared/ids.js';

/**
 * SPEC 13.7: every subscription change writes a contact-sync job in its own unit of work, a
 * second kind of job in the outbox of section 8. Jobs for one user coalesce; the worker
 * delivers them to the messaging service's contact hooks.
 */
export interface ContactSyncQueue {
  enqueue(userId: UserId): Promise<void>;
}
export const ContactSyncQueue = portToken<ContactSyncQueue>('ContactSyncQueue');
