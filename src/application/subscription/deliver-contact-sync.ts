import { SyncDeliveryFailed } from '../../domain/profile-sync/sync-errors.js';
import type { SyncJobDeliverer } from '../../domain/profile-sync/sync-job.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { UserId } from '../../domain/shared/ids.js';
import {
  type ContactRow,
  type ContactSubscriptions,
  type MessagingContacts,
  type NumberLeases,
} from '../../domain/subscription/contact-sync.js';
import { REDACTED_NUMBER } from '../../domain/subscription/phone-number.js';

/** Longer than one hook call (10 s) and the two statements around it. */
export const NUMBER_LEASE_MS = 60_000;

/**
 * SPEC 13.7: brings the messaging service's contacts to what one user's subscription rows say,
 * read fresh, outside any transaction, so duplicate and late jobs do no harm. Removals first
 * (oldest row first), then the add of the active row: subscribe → cancel → resubscribe converges.
 * Each number is leased while its call runs, so deliveries for one number never overlap; a
 * removal is recorded without being sent while an active subscription holds the number; a
 * deleted user's numbers are redacted once removed. A busy number fails the attempt, which the
 * outbox retries later; what was already done stays recorded.
 */
export class DeliverContactSync implements SyncJobDeliverer {
  constructor(
    private readonly subscriptions: ContactSubscriptions,
    private readonly contacts: MessagingContacts,
    private readonly leases: NumberLeases,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(userId: UserId): Promise<void> {
    const state = await this.subscriptions.stateOf(userId);
    if (!state) return;
    const pending = (row: ContactRow) => row.number !== REDACTED_NUMBER;
    for (const row of state.rows.filter((r) => pending(r) && r.cancelled && !r.contactRemovedAt)) {
      await this.holding(row.number, async () => {
        if (!(await this.subscriptions.isHeldByActive(row.number))) await this.contacts.remove(row.number);
        await this.subscriptions.markRemoved(row.id, this.clock.now(), state.deleted);
      });
    }
    const active = state.rows.find((r) => pending(r) && !r.cancelled && !r.contactAddedAt);
    if (active && !state.deleted) {
      await this.holding(active.number, async () => {
        await this.contacts.add(active.number, state.name);
        await this.subscriptions.markAdded(active.id, this.clock.now());
      });
    }
    if (state.deleted) await this.subscriptions.redactRemoved(userId);
  }

  private async holding(number: string, work: () => Promise<void>): Promise<void> {
    const holder = this.ids.uuid();
    const now = this.clock.now();
    if (!(await this.leases.claim(number, holder, now, new Date(now.getTime() + NUMBER_LEASE_MS))))
      throw new SyncDeliveryFailed('number busy: another delivery for it is running');
    try {
      await work();
    } finally {
      await this.leases.release(number, holder);
    }
  }
}
