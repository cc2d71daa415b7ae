import { Migration } from '@mikro-orm/migrations';

/**
 * The data model additions of SPEC 13.1: resources and their progress, anonymous feedback on
 * sessions and resources, the event log, and WhatsApp subscriptions. Every rule the spec states
 * about these rows lives here too: enum CHECKs, the E.164 shape of a number (or `REDACTED` once
 * a deleted user's removal was delivered, 13.7), one active subscription per user and kind (a
 * partial unique index, so concurrent subscribes yield one row), and the `whatsapp` seed.
 */
export class Migration20261204000400_resources_feedback_events_notes extends Migration {
  override up(): void {
    const timestamps = `created_at timestamptz not null default now(), updated_at timestamptz not null default now()`;
    const tags = `('relatable', 'useful', 'inspiring', 'too long', 'too complicated', 'not useful')`;
    const feedback = `feedback_tags varchar(32) not null check (feedback_tags in ${tags}),
      feedback_description varchar(5000) not null default ''`;

    this.addSql(`create table resource (
      id uuid primary key, ${timestamps},
      name varchar(255) not null,
      slug varchar(255) not null,
      status varchar(16) not null check (status in ('published', 'unpublished', 'deleted')),
      category varchar(32) not null
        check (category in ('short_video', 'single_video', 'resource_conversation')),
      storyblok_id bigint null,
      storyblok_uuid varchar(64) null
    )`);
    this.addSql(`create unique index resource_storyblok_id_unique on resource (storyblok_id)`);
    this.addSql(`create unique index resource_storyblok_uuid_unique on resource (storyblok_uuid)`);

    this.addSql(`create table resource_user (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      resource_id uuid not null references resource (id),
      completed_at timestamptz null
    )`);
    this.addSql(
      `create unique index resource_user_user_resource_unique on resource_user (user_id, resource_id)`,
    );
    this.addSql(`create index resource_user_resource_id_index on resource_user (resource_id)`);
    this.addSql(`create index resource_user_created_at_index on resource_user (created_at)`);
    this.addSql(`create index resource_user_completed_at_index on resource_user (completed_at)`);

    this.addSql(`create table session_feedback (
      id uuid primary key, ${timestamps},
      session_id uuid not null references session (id),
      ${feedback}
    )`);
    this.addSql(`create index session_feedback_session_id_index on session_feedback (session_id)`);
    this.addSql(`create index session_feedback_created_at_index on session_feedback (created_at)`);

    this.addSql(`create table resource_feedback (
      id uuid primary key, ${timestamps},
      resource_id uuid not null references resource (id),
      ${feedback}
    )`);
    this.addSql(`create index resource_feedback_resource_id_index on resource_feedback (resource_id)`);
    this.addSql(`create index resource_feedback_created_at_index on resource_feedback (created_at)`);

    this.addSql(`create table event_log (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      event varchar(32) not null
        check (event in ('LOGGED_IN', 'LOGGED_OUT', 'GROUNDING_EXERCISE_STARTED')),
      date timestamptz not null,
      metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object')
    )`);
    this.addSql(`create index event_log_event_date_index on event_log (event, date)`);
    // The daily retention purge deletes by date alone.
    this.addSql(`create index event_log_date_index on event_log (date)`);
    this.addSql(`create index event_log_user_id_index on event_log (user_id)`);

    this.addSql(`create table subscription (
      id uuid primary key, ${timestamps},
      name varchar(64) not null
    )`);
    this.addSql(`create unique index subscription_name_unique on subscription (name)`);
    this.addSql(`insert into subscription (id, name) values (gen_random_uuid(), 'whatsapp')`);

    this.addSql(`create table subscription_user (
      id uuid primary key, ${timestamps},
      user_id uuid not null references "user" (id),
      subscription_id uuid not null references subscription (id),
      subscription_info varchar(32) not null
        check (subscription_info ~ '^\\+[1-9][0-9]{7,14}$' or subscription_info = 'REDACTED'),
      cancelled_at timestamptz null,
      contact_added_at timestamptz null,
      contact_removed_at timestamptz null,
      check (contact_removed_at is null or cancelled_at is not null)
    )`);
    this
      .addSql(`create unique index subscription_user_active_unique on subscription_user (user_id, subscription_id)
      where cancelled_at is null`);
    this.addSql(
      `create index subscription_user_subscription_id_index on subscription_user (subscription_id)`,
    );
    // The contact sync asks whether an active subscription holds a number (SPEC 13.7).
    this.addSql(`create index subscription_user_active_number_index on subscription_user (subscription_info)
      where cancelled_at is null`);
    this.addSql(`create index subscription_user_created_at_index on subscription_user (created_at)`);
    this.addSql(`create index subscription_user_cancelled_at_index on subscription_user (cancelled_at)`);
  }

  override down(): void {
    for (const table of [
      'subscription_user',
      'subscription',
      'event_log',
      'resource_feedback',
      'session_feedback',
      'resource_user',
      'resource',
    ])
      this.addSql(`drop table if exists ${table}`);
  }
}
