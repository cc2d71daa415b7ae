import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox grows into the worker's queue (SPEC.md sections 8 and 13.7): a `kind` per job, so
 * one user holds one row per kind (Crisp profiles now, contact sync later); a lease
 * (`leased_until`, `lease_id`) that keeps a job with one worker while it delivers outside any
 * transaction; `failing_since` for the 24 h retry window; and `delivered` rows, kept rather than
 * deleted (docs/decisions.md). `chat_profile_address` remembers the email a user's chat profile
 * was last delivered under, so an email change renames it and the deletion update still reaches it.
 */
export class Migration20261204000100_sync_job_kinds_and_leases extends Migration {
  override up(): void {
    this.addSql(`alter table profile_sync_job add column kind varchar(32) not null default 'chat_profile'`);
    this.addSql(`alter table profile_sync_job alter column kind drop default`);
    this.addSql(`drop index profile_sync_job_user_id_unique`);
    this.addSql(`create unique index profile_sync_job_user_kind_unique on profile_sync_job (user_id, kind)`);
    this.addSql(`alter table profile_sync_job drop constraint profile_sync_job_status_check`);
    this.addSql(`alter table profile_sync_job add constraint profile_sync_job_status_check
      check (status in ('pending', 'failed', 'delivered'))`);
    this.addSql(`alter table profile_sync_job
      add column leased_until timestamptz null,
      add column lease_id uuid null,
      add column failing_since timestamptz null,
      add column delivered_at timestamptz null`);
    this.addSql(`create table chat_profile_address (
      user_id uuid primary key references "user" (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      email varchar(320) not null
    )`);
  }

  override down(): void {
    this.addSql(`drop table if exists chat_profile_address`);
    this.addSql(`delete from profile_sync_job where kind <> 'chat_profile'`);
    this.addSql(`update profile_sync_job set status = 'pending' where status = 'delivered'`);
    this.addSql(`alter table profile_sync_job drop constraint profile_sync_job_status_check`);
    this.addSql(`alter table profile_sync_job add constraint profile_sync_job_status_check
      check (status in ('pending', 'failed'))`);
    this.addSql(`drop index profile_sync_job_user_kind_unique`);
    this.addSql(`create unique index profile_sync_job_user_id_unique on profile_sync_job (user_id)`);
    this.addSql(`alter table profile_sync_job drop column kind, drop column leased_until,
      drop column lease_id, drop column failing_since, drop column delivered_at`);
  }
}
