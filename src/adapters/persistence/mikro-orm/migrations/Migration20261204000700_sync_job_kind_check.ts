import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox's `kind` names which deliverer a job goes to (SYNC_JOB_KINDS in the domain); a row
 * of any other kind would sit in the outbox unclaimed for ever, so the database refuses it.
 * Widened by a new migration when a kind is added.
 */
export class Migration20261204000700_sync_job_kind_check extends Migration {
  override up(): void {
    this.addSql(`alter table profile_sync_job add constraint profile_sync_job_kind_check
      check (kind in ('chat_profile', 'contact_sync'))`);
  }

  override down(): void {
    this.addSql(`alter table profile_sync_job drop constraint if exists profile_sync_job_kind_check`);
  }
}
