import type { PartnerAccessId, UserId } from '../../../domain/shared/ids.js';
import { TherapyCredit } from '../../../domain/therapy/therapy-credit.js';
import type { TherapyCredits } from '../../../domain/therapy/therapy-credits.js';
import { TherapyCreditsInconsistent } from '../../../domain/therapy/therapy-errors.js';

/** Partner accesses as therapy sees them; tests put them in with `put`. Keeps copies. */
export class InMemoryTherapyCredits implements TherapyCredits {
  private readonly rows = new Map<PartnerAccessId, TherapyCredit>();

  put(credit: TherapyCredit): void {
    this.rows.set(credit.accessId, copy(credit));
  }

  get(accessId: PartnerAccessId): TherapyCredit | null {
    const row = this.rows.get(accessId);
    return row ? copy(row) : null;
  }

  async forUserForUpdate(userId: UserId): Promise<TherapyCredit[]> {
    return [...this.rows.values()]
      .filter((credit) => credit.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.accessId.localeCompare(b.accessId))
      .map(copy);
  }

  async findByIdForUpdate(accessId: PartnerAccessId): Promise<TherapyCredit | null> {
    return this.get(accessId);
  }

  async save(credit: TherapyCredit): Promise<void> {
    // The database's CHECK constraints, so both stores refuse the same writes.
    if (credit.remaining < 0 || credit.redeemed < 0) throw new TherapyCreditsInconsistent();
    if (this.rows.has(credit.accessId)) this.rows.set(credit.accessId, copy(credit));
  }
}

function copy(c: TherapyCredit): TherapyCredit {
  return new TherapyCredit(
    c.accessId,
    c.userId,
    c.active,
    c.featureTherapy,
    c.createdAt,
    c.remaining,
    c.redeemed,
  );
}
