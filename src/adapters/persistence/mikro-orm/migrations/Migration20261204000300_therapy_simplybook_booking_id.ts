import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 13.1: Simplybook's own id of a booking, stored when the user cancels it from Bloom
 * (SPEC 12.2) so a repeated call never needs the lookup by code again.
 */
export class Migration20261204000300_therapy_simplybook_booking_id extends Migration {
  override up(): void {
    this.addSql(`alter table therapy_session add column simplybook_booking_id integer null`);
    this.addSql(
      `alter table therapy_session add constraint therapy_session_simplybook_booking_id_unique unique (simplybook_booking_id)`,
    );
  }

  override down(): void {
    this.addSql(`alter table therapy_session drop column if exists simplybook_booking_id`);
  }
}
