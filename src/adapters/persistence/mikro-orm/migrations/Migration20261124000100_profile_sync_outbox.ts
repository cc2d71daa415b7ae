import { Migration } from '@mikro-orm/migrations';

/**
 * The profile-sync outbox (SPEC.md section 8): one row per user with pending changes. Enqueuing
 * again bumps `version`, so a worker that delivered an older version leaves the row for the next
 * round instead of deleting a change it never saw.
 */
export class Migration20261124000100_profile_sync_outbox extends Migration {
  override up(): void {
    this.addSql(`create table profile_sync_job (
      id uuid primary key,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      user_id uuid not null references "user" (id),
      version integer not null default 1,
      status varchar(16) not null default 'pending' check (status in ('pending', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error varchar(500) null
    )`);
    this.addSql(`create unique index profile_sync_job_user_id_unique on profile_sync_job (user_id)`);
    this.addSql(`create index profile_sync_job_due_index on profile_sync_job (status, next_attempt_at)`);
  }

  override down(): void {
    this.addSql(`drop table if exists profile_sync_job`);
  }
}
