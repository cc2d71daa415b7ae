import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { UserId } from '../../../domain/shared/ids.js';
import type { TherapyClients } from '../../../domain/therapy/therapy-clients.js';

// `for share` conflicts with the row update of a deletion (SPEC 5.2): a deletion that committed
// first is seen here (the row no longer matches), and one that comes later waits for this
// booking to commit, so its client_email randomisation sees the new booking.
const BOOKABLE = `is_active and deleted_at is null for share`;

export class MikroOrmTherapyClients implements TherapyClients {
  constructor(private readonly em: SqlEntityManager) {}

  findActiveById(userId: UserId): Promise<UserId | null> {
    return this.first(`select id from "user" where id = ? and ${BOOKABLE}`, userId);
  }

  findActiveByEmail(email: string): Promise<UserId | null> {
    // lower(email) = lower(?) uses the unique index on lower(email); no LIKE, so no patterns.
    return this.first(`select id from "user" where lower(email) = lower(?) and ${BOOKABLE}`, email);
  }

  private async first(sql: string, value: string): Promise<UserId | null> {
    const rows: { id: string }[] = await this.em.execute(sql, [value]);
    return (rows[0]?.id as UserId | undefined) ?? null;
  }
}
