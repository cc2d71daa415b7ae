import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 13.7: deliveries for one phone number never overlap, although the outbox keys jobs by
 * user and a number can move between users. A worker claims the number here (an upsert that
 * only takes a free or expired lease), calls the hook outside any transaction, then deletes
 * its claim; a worker that dies leaves the number blocked only until `leased_until`.
 */
export class Migration20261204000600_contact_number_leases extends Migration {
  override up(): void {
    this.addSql(`create table contact_number_lease (
      phone_number varchar(32) primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      lease_id uuid not null,
      leased_until timestamptz not null
    )`);
  }

  override down(): void {
    this.addSql(`drop table if exists contact_number_lease`);
  }
}
