import { CheckConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { PartnerAccessId, UserId } from '../../../domain/shared/ids.js';
import { TherapyCredit } from '../../../domain/therapy/therapy-credit.js';
import type { TherapyCredits } from '../../../domain/therapy/therapy-credits.js';
import { TherapyCreditsInconsistent } from '../../../domain/therapy/therapy-errors.js';

interface Row {
  id: string;
  user_id: string | null;
  active: boolean;
  feature_therapy: boolean;
  created_at: Date | string;
  therapy_sessions_remaining: number;
  therapy_sessions_redeemed: number;
}

const COLUMNS = `id, user_id, active, feature_therapy, created_at,
  therapy_sessions_remaining, therapy_sessions_redeemed`;

/** Therapy's narrow view of partner_access, in raw SQL: the PartnerAccess aggregate maps the row. */
export class MikroOrmTherapyCredits implements TherapyCredits {
  constructor(private readonly em: SqlEntityManager) {}

  async forUserForUpdate(userId: UserId): Promise<TherapyCredit[]> {
    const rows: Row[] = await this.em.execute(
      `select ${COLUMNS} from partner_access where user_id = ? order by created_at, id for update`,
      [userId],
    );
    return rows.map(toCredit);
  }

  async findByIdForUpdate(accessId: PartnerAccessId): Promise<TherapyCredit | null> {
    const rows: Row[] = await this.em.execute(
      `select ${COLUMNS} from partner_access where id = ? for update`,
      [accessId],
    );
    return rows[0] ? toCredit(rows[0]) : null;
  }

  async save(credit: TherapyCredit): Promise<void> {
    try {
      await this.em.execute(
        `update partner_access
            set therapy_sessions_remaining = ?, therapy_sessions_redeemed = ?, updated_at = now()
          where id = ?`,
        [credit.remaining, credit.redeemed, credit.accessId],
      );
    } catch (error) {
      if (error instanceof CheckConstraintViolationException) throw new TherapyCreditsInconsistent();
      throw error;
    }
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
