import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 13.9: the reporting views of resources, feedback, the event log and WhatsApp
 * subscriptions, PII-free like the rest of the `reporting` schema: no feedback description, no
 * phone number. The event title is kept, as the spec lists it: it names the exercise a client
 * logged, not the person.
 */
/** [name, table, covering definition, original definition] */
const COVERING: [string, string, string, string][] = [
  ['event_log_date_index', 'event_log', '(date) include (event, user_id)', '(date)'],
  [
    'resource_user_created_at_index',
    'resource_user',
    '(created_at) include (resource_id, user_id)',
    '(created_at)',
  ],
  [
    'resource_user_completed_at_index',
    'resource_user',
    '(completed_at) include (resource_id, user_id)',
    '(completed_at)',
  ],
];

export class Migration20261204000500_reporting_notes extends Migration {
  override up(): void {
    this.addSql(`create view reporting.resources as
      select id, created_at, name as resource, slug, status, category from resource`);

    this.addSql(`create view reporting.resource_progress as
      select ru.id, ru.resource_id, r.name as resource, r.category, ru.user_id,
             ru.created_at as started_at, ru.completed_at is not null as completed, ru.completed_at
        from resource_user ru join resource r on r.id = ru.resource_id`);

    // A session's feedback names the course the session belongs to now; a resource has none.
    this.addSql(`create view reporting.feedback as
      select sf.id, 'session'::text as kind, sf.session_id as content_id, s.name as content,
             c.name as course, sf.feedback_tags as tag, sf.created_at
        from session_feedback sf
        join session s on s.id = sf.session_id
        join course c on c.id = s.course_id
      union all
      select rf.id, 'resource'::text, rf.resource_id, r.name, null, rf.feedback_tags, rf.created_at
        from resource_feedback rf join resource r on r.id = rf.resource_id`);

    this.addSql(`create view reporting.event_log as
      select id, user_id, event, date, metadata ->> 'title' as title from event_log`);

    this.addSql(`create view reporting.whatsapp_subscriptions as
      select su.id, su.user_id, su.created_at, su.cancelled_at
        from subscription_user su join subscription s on s.id = su.subscription_id
       where s.name = 'whatsapp'`);

    // The summary's counts as index-only range scans, as Migration20261204000200_reporting does.
    for (const [name, table, definition] of COVERING) {
      this.addSql(`drop index if exists ${name}`);
      this.addSql(`create index ${name} on ${table} ${definition}`);
    }
  }

  override down(): void {
    for (const [name, table, , original] of COVERING) {
      this.addSql(`drop index if exists ${name}`);
      this.addSql(`create index ${name} on ${table} ${original}`);
    }
    for (const view of ['whatsapp_subscriptions', 'event_log', 'feedback', 'resource_progress', 'resources'])
      this.addSql(`drop view if exists reporting.${view}`);
  }
}
