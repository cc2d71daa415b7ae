import { Migration } from '@mikro-orm/migrations';

/**
 * The data model of SPEC.md section 4. Constraints live here as well as in the domain:
 * unique keys (case-insensitive where the spec says so), CHECKs on enums and counters, and an
 * index on every foreign key and on every createdAt reporting filters on.

 * "user" and "session_user" are reserved words in PostgreSQL: raw SQL must always quote them.
 * Written to run on PostgreSQL 15 (the server) and PGlite (PostgreSQL 18).
 */
export class Migration20261124000000_initial_schema extends Migration {
  override up(): void {
    const timestamps = `created_at timestamptz not null default now(), updated_at timestamptz not null default now()`;

    this.addSql(`create table "user" (
      id uuid primary key, ${timestamps},
      firebase_uid varchar(128) not null,
      name varchar(255) not null,
      email varchar(320) not null,
      sign_up_type varchar(32) not null
        check (sign_up_type in ('PUBLIC_USER', 'PARTNER_USER_WITH_CODE', 'PARTNER_USER_WITHOUT_CODE')),
      sign_up_language varchar(16) null,
      contact_permission boolean not null default false,
      service_emails_permission boolean not null default true,
      email_reminders_frequency varchar(16) not null default 'NEVER'
        check (email_reminders_frequency in ('TWO_WEEKS', 'ONE_MONTH', 'TWO_MONTHS', 'NEVER')),
      is_super_admin boolean not null default false,
      is_active boolean not null default true,
      last_active_at timestamptz null,
      deleted_at timestamptz null,
      crisp_token_id uuid not null
    )`);
    this.addSql(`create unique index user_firebase_uid_unique on "user" (firebase_uid)`);
    this.addSql(`create unique index user_email_lower_unique on "user" (lower(email))`);
    this.addSql(`create unique index user_crisp_token_id_unique on "user" (crisp_token_id)`);
    this.addSql(`create index user_created_at_index on "user" (created_at)`);

    this.addSql(`create table partner (
      id uuid primary key, ${timestamps},
      name varchar(255) not null,
      is_active boolean not null default true
    )`);
    this.addSql(`create unique index partner_name_lower_unique on partner (lower(name))`);

    this.addSql(`create table partner_admin (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      partner_id uuid not null references partner (id),
      active boolean not null default true
    )`);
    this.addSql(`create unique index partner_admin_user_id_unique on partner_admin (user_id)`);
    this.addSql(`create index partner_admin_partner_id_index on partner_admin (partner_id)`);

    this.addSql(`create table partner_access (
      id uuid primary key, ${timestamps},
      user_id uuid null references "user" (id),
      partner_id uuid not null references partner (id),
      partner_admin_id uuid null references partner_admin (id),
      access_code varchar(6) null,
      active boolean not null default true,
      activated_at timestamptz null,
      feature_live_chat boolean not null,
      feature_therapy boolean not null,
      therapy_sessions_remaining integer not null default 0 check (therapy_sessions_remaining >= 0),
      therapy_sessions_redeemed integer not null default 0 check (therapy_sessions_redeemed >= 0)
    )`);
    this.addSql(`create unique index partner_access_access_code_unique on partner_access (access_code)`);
    this.addSql(`create index partner_access_user_id_index on partner_access (user_id)`);
    this.addSql(`create index partner_access_partner_id_index on partner_access (partner_id)`);
    this.addSql(`create index partner_access_partner_admin_id_index on partner_access (partner_admin_id)`);
    this.addSql(`create index partner_access_created_at_index on partner_access (created_at)`);
    this.addSql(`create index partner_access_activated_at_index on partner_access (activated_at)`);

    this.addSql(`create table feature (
      id uuid primary key, ${timestamps},
      name varchar(255) not null
    )`);
    this.addSql(`create unique index feature_name_unique on feature (name)`);

    this.addSql(`create table partner_feature (
      id uuid primary key, ${timestamps},
      partner_id uuid not null references partner (id),
      feature_id uuid not null references feature (id),
      active boolean not null
    )`);
    this.addSql(
      `create unique index partner_feature_partner_feature_unique on partner_feature (partner_id, feature_id)`,
    );
    this.addSql(`create index partner_feature_feature_id_index on partner_feature (feature_id)`);

    const contentStatus = `status varchar(16) not null check (status in ('published', 'unpublished', 'deleted'))`;
    this.addSql(`create table course (
      id uuid primary key, ${timestamps},
      name varchar(255) not null,
      slug varchar(255) not null,
      ${contentStatus},
      storyblok_id bigint null,
      storyblok_uuid varchar(64) null
    )`);
    this.addSql(`create unique index course_storyblok_id_unique on course (storyblok_id)`);
    this.addSql(`create unique index course_storyblok_uuid_unique on course (storyblok_uuid)`);

    this.addSql(`create table session (
      id uuid primary key, ${timestamps},
      name varchar(255) not null,
      slug varchar(255) not null,
      ${contentStatus},
      storyblok_id bigint null,
      storyblok_uuid varchar(64) null,
      course_id uuid not null references course (id)
    )`);
    this.addSql(`create unique index session_storyblok_id_unique on session (storyblok_id)`);
    this.addSql(`create unique index session_storyblok_uuid_unique on session (storyblok_uuid)`);
    this.addSql(`create index session_course_id_index on session (course_id)`);

    this.addSql(`create table course_partner (
      id uuid primary key, ${timestamps},
      course_id uuid not null references course (id),
      partner_id uuid not null references partner (id),
      active boolean not null default true
    )`);
    this.addSql(
      `create unique index course_partner_course_partner_unique on course_partner (course_id, partner_id)`,
    );
    this.addSql(`create index course_partner_partner_id_index on course_partner (partner_id)`);

    this.addSql(`create table course_user (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      course_id uuid not null references course (id),
      completed boolean not null default false,
      completed_at timestamptz null
    )`);
    this.addSql(`create unique index course_user_user_course_unique on course_user (user_id, course_id)`);
    this.addSql(`create index course_user_course_id_index on course_user (course_id)`);
    this.addSql(`create index course_user_created_at_index on course_user (created_at)`);
    this.addSql(`create index course_user_completed_at_index on course_user (completed_at)`);

    this.addSql(`create table "session_user" (
      id uuid primary key, ${timestamps},
      course_user_id uuid not null references course_user (id),
      session_id uuid not null references session (id),
      completed boolean not null default false,
      completed_at timestamptz null
    )`);
    this.addSql(
      `create unique index session_user_course_user_session_unique on "session_user" (course_user_id, session_id)`,
    );
    this.addSql(`create index session_user_session_id_index on "session_user" (session_id)`);
    this.addSql(`create index session_user_created_at_index on "session_user" (created_at)`);
    this.addSql(`create index session_user_completed_at_index on "session_user" (completed_at)`);

    this.addSql(`create table therapy_session (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      partner_access_id uuid not null references partner_access (id),
      action varchar(32) not null
        check (action in ('NEW_BOOKING', 'UPDATED_BOOKING', 'CANCELLED_BOOKING', 'COMPLETED_BOOKING')),
      booking_code varchar(255) not null,
      client_email varchar(320) not null,
      client_timezone varchar(64) null,
      service_name varchar(255) not null,
      service_provider_name varchar(255) not null,
      service_provider_email varchar(320) not null,
      start_date_time timestamptz not null,
      end_date_time timestamptz not null,
      cancelled_at timestamptz null,
      rescheduled_from timestamptz null,
      completed_at timestamptz null,
      constraint therapy_session_end_after_start check (end_date_time > start_date_time)
    )`);
    this.addSql(`create unique index therapy_session_booking_code_unique on therapy_session (booking_code)`);
    this.addSql(`create index therapy_session_user_id_index on therapy_session (user_id)`);
    this.addSql(
      `create index therapy_session_partner_access_id_index on therapy_session (partner_access_id)`,
    );
    this.addSql(`create index therapy_session_created_at_index on therapy_session (created_at)`);
    this.addSql(`create index therapy_session_cancelled_at_index on therapy_session (cancelled_at)`);
    this.addSql(`create index therapy_session_completed_at_index on therapy_session (completed_at)`);

    this.addSql(`insert into feature (id, name) values (gen_random_uuid(), 'AUTOMATIC_ACCESS_CODE')`);
  }

  override down(): void {
    for (const table of [
      'therapy_session',
      '"session_user"',
      'course_user',
      'course_partner',
      'session',
      'course',
      'partner_feature',
      'feature',
      'partner_access',
      'partner_admin',
      'partner',
      '"user"',
    ]) {
      this.addSql(`drop table if exists ${table}`);
    }
  }
}
