import { portToken } from '../shared/port-token.js';
import type { SubscriptionUserId, UserId } from '../shared/ids.js';
import type { User } from '../user/user.js';
import type { SubscriptionUser } from './subscription-user.js';

/** One of the user's subscription rows as the contact sync sees it. */
export interface ContactRow {
  id: SubscriptionUserId;
  /** E.164, or REDACTED once a deleted user's removal was delivered. */
  number: string;
  cancelled: boolean;
  contactAddedAt: Date | null;
  contactRemovedAt: Date | null;
}

/** What the contact sync of one user works from, read fresh at delivery time. */
export interface ContactSyncState {
  /** The name the create-contact hook is sent. */
  name: string;
  deleted: boolean;
  /** Every WhatsApp row of the user, oldest first. */
  rows: ContactRow[];
}

/** The state of `user` with their WhatsApp rows, given oldest first. */
export function contactSyncState(
  user: Pick<User, 'name' | 'deletedAt'>,
  rows: readonly SubscriptionUser[],
): ContactSyncState {
  return {
    name: user.name,
    deleted: user.deletedAt !== null,
    rows: rows.map((row) => ({
      id: row.id,
      number: row.subscriptionInfo,
      cancelled: row.cancelledAt !== null,
      contactAddedAt: row.contactAddedAt,
      contactRemovedAt: row.contactRemovedAt,
    })),
  };
}

/** The subscription rows' side of the contact sync (SPEC 13.7); every call is its own statement. */
export interface ContactSubscriptions {
  stateOf(userId: UserId): Promise<ContactSyncState | null>;
  /** Whether any active subscription (any user's) holds the number now. */
  isHeldByActive(number: string): Promise<boolean>;
  markAdded(id: SubscriptionUserId, now: Date): Promise<void>;
  /** `redact`: the user was deleted, so the number becomes REDACTED as its removal is recorded. */
  markRemoved(id: SubscriptionUserId, now: Date, redact: boolean): Promise<void>;
  /** A deleted user's rows whose removal was recorded earlier lose their number too. */
  redactRemoved(userId: UserId): Promise<void>;
}
export const ContactSubscriptions = portToken<ContactSubscriptions>('ContactSubscriptions');

/**
 * The messaging service's contact list, reached through its two hooks. Each call either
 * succeeds (any 2xx within its deadline) or throws SyncDeliveryFailed with a reason that holds
 * no number or name.
 */
export interface MessagingContacts {
  add(number: string, name: string): Promise<void>;
  remove(number: string): Promise<void>;
}
export const MessagingContacts = portToken<MessagingContacts>('MessagingContacts');

/**
 * Keeps deliveries for one number from overlapping, whichever users' jobs carry them (a number
 * can move between users). A claim is held until released or until `until`, so a worker that
 * dies holding one blocks the number only that long.
 */
export interface NumberLeases {
  /** True when the number was free (or its lease had run out at `now`) and is now held by `holder`. */
  claim(number: string, holder: string, now: Date, until: Date): Promise<boolean>;
  release(number: string, holder: string): Promise<void>;
}
export const NumberLeases = portToken<NumberLeases>('NumberLeases');
