import { Migration } from '@mikro-orm/migrations';

/**
 * The `reporting` schema of SPEC 10: views Data Studio reads through the role that
 * `create-reporting-role` makes, holding no personal data (no names or emails of people, no
 * booking codes, access codes, Firebase or Crisp ids, no free text typed by users). Partner and
 * content names are called after what they name (`partner`, `course`, `session`), so no column
 * is called `name`. Views run with their owner's rights, so that role reads these columns
 * without any right on the tables.
 * Later reports (SPEC 13.9) add their views here in their own migrations.
 *
 * Also the indexes the summary of `GET /api/v1/reports/summary` needs beyond those of the
 * initial schema (bench/reports-results.md shows the plans).
 */
/**
 * Indexes of the initial schema the summary reads, rebuilt to cover what it needs (INCLUDE), so
 * each count is an index-only range scan: [name, table, new definition, original definition].
 * Rebuilt in the migration's transaction: writes to these tables wait for the build.
 */
const COVERING: [string, string, string, string][] = [
  ['user_created_at_index', '"user"', '(created_at) include (sign_up_type, id)', '(created_at)'],
  [
    'course_user_created_at_index',
    'course_user',
    '(created_at) include (course_id, user_id)',
    '(created_at)',
  ],
  [
    'course_user_completed_at_index',
    'course_user',
    '(completed_at) include (course_id, user_id)',
    '(completed_at)',
  ],
  [
    'course_user_user_course_unique',
    'course_user',
    'unique (user_id, course_id) include (id)',
    'unique (user_id, course_id)',
  ],
  [
    'session_user_completed_at_index',
    '"session_user"',
    '(completed_at) include (course_user_id)',
    '(completed_at)',
  ],
  ['partner_access_created_at_index', 'partner_access', '(created_at) include (partner_id)', '(created_at)'],
  [
    'partner_access_activated_at_index',
    'partner_access',
    '(activated_at) include (partner_id)',
    '(activated_at)',
  ],
  [
    'therapy_session_created_at_index',
    'therapy_session',
    '(created_at) include (partner_access_id)',
    '(created_at)',
  ],
  [
    'therapy_session_cancelled_at_index',
    'therapy_session',
    '(cancelled_at) include (partner_access_id)',
    '(cancelled_at)',
  ],
  [
    'therapy_session_completed_at_index',
    'therapy_session',
    '(completed_at) include (partner_access_id)',
    '(completed_at)',
  ],
];

export class Migration20261204000200_reporting extends Migration {
  override up(): void {
    this.addSql(`create schema reporting`);
    this.addSql(
      `comment on schema reporting is 'PII-free views for reports (SPEC 10); read by the reporting role'`,
    );

    this.addSql(`create view reporting.partners as
      select id, created_at, name as partner, is_active from partner`);

    // Partner names joined by "; " (null for a public user); the visit time as a date only.
    this.addSql(`create view reporting.users as
      select u.id, u.created_at, u.sign_up_type,
             (select string_agg(distinct p.name, '; ' order by p.name)
                from partner_access pa join partner p on p.id = pa.partner_id
               where pa.user_id = u.id) as partners,
             u.is_active,
             u.deleted_at is not null as deleted,
             (u.last_active_at at time zone 'UTC')::date as last_active_date
        from "user" u`);

    this.addSql(`create view reporting.partner_accesses as
      select pa.id, pa.partner_id, p.name as partner, pa.user_id, pa.created_at, pa.activated_at,
             pa.active, pa.user_id is not null as claimed, pa.access_code is not null as with_code,
             pa.feature_live_chat, pa.feature_therapy,
             pa.therapy_sessions_remaining, pa.therapy_sessions_redeemed
        from partner_access pa join partner p on p.id = pa.partner_id`);

    this.addSql(`create view reporting.courses as
      select id, created_at, name as course, slug, status from course`);
    this.addSql(`create view reporting.sessions as
      select id, created_at, name as session, slug, status, course_id from session`);

    this.addSql(`create view reporting.course_progress as
      select cu.id, cu.course_id, c.name as course, cu.user_id, cu.created_at as started_at,
             cu.completed, cu.completed_at
        from course_user cu join course c on c.id = cu.course_id`);

    // A session's progress counts for the course the session belongs to now (SPEC 7.2).
    this.addSql(`create view reporting.session_progress as
      select su.id, su.session_id, s.name as session, s.course_id, c.name as course, cu.user_id,
             su.created_at as started_at, su.completed, su.completed_at
        from "session_user" su
        join course_user cu on cu.id = su.course_user_id
        join session s on s.id = su.session_id
        join course c on c.id = s.course_id`);

    this.addSql(`create view reporting.therapy_sessions as
      select ts.id, pa.partner_id, p.name as partner, ts.user_id, ts.partner_access_id, ts.created_at,
             ts.start_date_time, ts.end_date_time, ts.action, ts.cancelled_at, ts.rescheduled_from,
             ts.completed_at
        from therapy_session ts
        join partner_access pa on pa.id = ts.partner_access_id
        join partner p on p.id = pa.partner_id`);

    for (const [name, table, definition] of COVERING) {
      this.addSql(`drop index if exists ${name}`);
      this.addSql(
        `create ${definition.startsWith('unique') ? 'unique ' : ''}index ${name} on ${table} ${definition.replace(/^unique /, '')}`,
      );
    }
    this.addSql(`create index user_last_active_at_index on "user" (last_active_at) include (id)`);
    this.addSql(
      `create index partner_access_partner_user_index on partner_access (partner_id, user_id) where user_id is not null`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists partner_access_partner_user_index`);
    this.addSql(`drop index if exists user_last_active_at_index`);
    for (const [name, table, , original] of COVERING) {
      this.addSql(`drop index if exists ${name}`);
      this.addSql(
        `create ${original.startsWith('unique') ? 'unique ' : ''}index ${name} on ${table} ${original.replace(/^unique /, '')}`,
      );
    }
    this.addSql(`drop schema if exists reporting cascade`);
  }
}
