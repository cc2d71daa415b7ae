import { LockMode, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type { PartnerAccessId, UserId } from '../../../domain/shared/ids.js';
import { TherapyCredit } from '../../../domain/therapy/therapy-credit.js';
import type { TherapyCredits } from '../../../domain/therapy/therapy-credits.js';
import { TherapyCreditsInconsistent } from '../../../domain/therapy/therapy-errors.js';
import { isCheckViolation } from './database-errors.js';
import { fields } from './entity-fields.js';

interface Row {
  id: string;
  user_id: string | null;
  active: boolean;
  feature_therapy: boolean;
  created_at: Date | string;
  therapy_sessions_remaining: number;
  therapy_sessions_redeemed: number;
}

// The CHECKs of the initial migration (PostgreSQL names a column's inline CHECK this way).
const COUNTER_CHECKS = [
  'partner_access_therapy_sessions_remaining_check',
  'partner_access_therapy_sessions_redeemed_check',
];

/**
 * Therapy's narrow view of partner_access: the PartnerAccess aggregate maps the row, so this
 * reads and writes only the columns therapy owns, through the QueryBuilder on that mapping.
 */
export class MikroOrmTherapyCredits implements TherapyCredits {
  constructor(private readonly em: SqlEntityManager) {}

  async forUserForUpdate(userId: UserId): Promise<TherapyCredit[]> {
    const rows = await this.lockedRows({ userId });
    return rows.map(toCredit);
  }

  async findByIdForUpdate(accessId: PartnerAccessId): Promise<TherapyCredit | null> {
    const [row] = await this.lockedRows({ id: accessId });
    return row ? toCredit(row) : null;
  }

  async save(credit: TherapyCredit): Promise<void> {
    try {
      await this.em
        .createQueryBuilder(PartnerAccess)
        .update(
          fields(this.em, PartnerAccess, {
            therapySessionsRemaining: credit.remaining,
            therapySessionsRedeemed: credit.redeemed,
            updatedAt: raw('now()'),
          }),
        )
        .where({ id: credit.accessId })
        .execute('run');
    } catch (error) {
      if (isCheckViolation(error, COUNTER_CHECKS)) throw new TherapyCreditsInconsistent();
      throw error;
    }
  }

  private lockedRows(match: { id?: PartnerAccessId; userId?: UserId }): Promise<Row[]> {
    return this.em
      .createQueryBuilder(PartnerAccess)
      .where(fields(this.em, PartnerAccess, match))
      .orderBy({ createdAt: 'asc', id: 'asc' })
      .setLockMode(LockMode.PESSIMISTIC_WRITE)
      .execute<Row[]>('all', false);
  }
}

function toCredit(row: Row): TherapyCredit {
  return new TherapyCredit(
    row.id as PartnerAccessId,
    row.user_id as UserId | null,
    row.active,
    row.feature_therapy,
    new Date(row.created_at),
    row.therapy_sessions_remaining,
    row.therapy_sessions_redeemed,
  );
}
