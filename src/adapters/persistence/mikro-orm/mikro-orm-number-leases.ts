import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { NumberLeases } from '../../../domain/subscription/contact-sync.js';
import { ContactNumberLeaseMapping } from './contact-number-lease.mapping.js';

/** `contact_number_lease`: one row per number a worker is delivering for; each call one statement. */
export class MikroOrmNumberLeases implements NumberLeases {
  constructor(private readonly em: SqlEntityManager) {}

  async claim(number: string, holder: string, now: Date, until: Date): Promise<boolean> {
    // Inserts a free number's lease, or takes over one that ran out; a live lease is left alone
    // (the conflict's condition fails) and nothing comes back.
    const rows = await this.em
      .createQueryBuilder(ContactNumberLeaseMapping)
      .insert({ phoneNumber: number, leaseId: holder, leasedUntil: until, createdAt: now, updatedAt: now })
      .onConflict('phoneNumber')
      .merge(['leaseId', 'leasedUntil', 'updatedAt'])
      .where({ leasedUntil: { $lte: now } })
      .returning(['leaseId'])
      .execute<{ leaseId: string }[]>('all');
    return rows[0]?.leaseId === holder;
  }

  async release(number: string, holder: string): Promise<void> {
    await this.em
      .createQueryBuilder(ContactNumberLeaseMapping)
      .delete()
      .where({ phoneNumber: number, leaseId: holder })
      .execute('run');
  }
}
