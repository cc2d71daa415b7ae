import { ReportQueries, type Query } from './report-queries.js';

/**
 * The statements of SPEC 13.9's summary keys, built like ReportQueries' (ranges on indexed
 * columns, the partner filter as a semi-join on the user's accesses). Feedback is anonymous,
 * so it has no partner form: the reader answers null then and never runs it.
 */
export class ReportNotesQueries extends ReportQueries {
  resources(): Query {
    return this.grouped({
      from: 'resource_user ru',
      group: 'ru.resource_id',
      labels: 'resource',
      counts: { started: 'ru.created_at', completed: 'ru.completed_at' },
      filter: this.holders('ru.user_id'),
    });
  }

  /** Rows of (tag, kind, n), kind being `session` or `resource`. */
  feedback(): Query {
    const count = (table: string, kind: string) =>
      `select f.feedback_tags as tag, '${kind}' as kind, count(*)::int as n from ${table} f
        where ${this.inWindow('f.created_at')} group by f.feedback_tags`;
    return {
      sql: `${count('session_feedback', 'session')} union all ${count('resource_feedback', 'resource')}`,
      params: [...this.window(), ...this.window()],
    };
  }

  /** Rows of (key = the event, n), by the event's date. */
  events(): Query {
    const holders = this.holders('e.user_id');
    return {
      sql: `select e.event as key, count(*)::int as n from event_log e
             where ${this.inWindow('e.date')} ${holders.sql} group by e.event`,
      params: [...this.window(), ...holders.params],
    };
  }

  /** Rows of (key = subscribed | cancelled, n): WhatsApp subscriptions by creation and by cancellation. */
  whatsapp(): Query {
    const holders = this.holders('su.user_id');
    const count = (key: string, column: string) =>
      `select '${key}' as key, count(*)::int as n from subscription_user su
        where ${this.inWindow(column)} ${holders.sql}
          and su.subscription_id in (select s.id from subscription s where s.name = 'whatsapp')`;
    return {
      sql: `${count('subscribed', 'su.created_at')} union all ${count('cancelled', 'su.cancelled_at')}`,
      params: [...this.window(), ...holders.params, ...this.window(), ...holders.params],
    };
  }
}
