import type { PartnerId } from '../../../domain/shared/ids.js';
import type { ReportWindow } from '../../../domain/reporting/report-window.js';

/** One SQL statement and its `?` parameters. */
export interface Query {
  sql: string;
  params: unknown[];
}

/**
 * Builds the summary's statements. Each is one set-based pass over the rows of the window:
 * every time condition is a range on an indexed column (`col >= from and col < to`), and the
 * partner filter is a semi-join on partner_access (partner_id, user_id).
 */
export class ReportQueries {
  private readonly from: string;
  private readonly to: string;

  constructor(
    window: ReportWindow,
    protected readonly partner: PartnerId | null,
  ) {
    this.from = window.from.toISOString();
    this.to = window.to.toISOString();
  }

  /** New users by sign-up type (key = the type), then active users (key = 'ACTIVE'). */
  users(): Query {
    const holders = this.holders('u.id');
    return {
      sql: `select u.sign_up_type as key, count(*)::int as n from "user" u
             where ${this.inWindow('u.created_at')} ${holders.sql}
             group by u.sign_up_type
            union all
            select 'ACTIVE', count(*)::int from "user" u
             where ${this.inWindow('u.last_active_at')} ${holders.sql}`,
      params: [...this.window(), ...holders.params, ...this.window(), ...holders.params],
    };
  }

  partnerAccesses(): Query {
    return this.grouped({
      from: 'partner_access pa',
      group: 'pa.partner_id',
      labels: 'partner',
      counts: { created: 'pa.created_at', activated: 'pa.activated_at' },
      filter: this.ofPartner('pa.partner_id'),
    });
  }

  /** Bookings count for the partner of the access they were charged to. */
  therapy(): Query {
    return this.grouped({
      from: 'therapy_session ts join partner_access pa on pa.id = ts.partner_access_id',
      group: 'pa.partner_id',
      labels: 'partner',
      counts: { booked: 'ts.created_at', cancelled: 'ts.cancelled_at', completed: 'ts.completed_at' },
      filter: this.ofPartner('pa.partner_id'),
    });
  }

  courses(): Query {
    return this.grouped({
      from: 'course_user cu',
      group: 'cu.course_id',
      labels: 'course',
      counts: { started: 'cu.created_at', completed: 'cu.completed_at' },
      filter: this.holders('cu.user_id'),
    });
  }

  sessionsCompleted(): Query {
    const holders = this.holders('cu.user_id');
    if (!this.partner)
      return {
        sql: `select count(*)::int as n from "session_user" su where ${this.inWindow('su.completed_at')}`,
        params: this.window(),
      };
    return {
      sql: `select count(*)::int as n from "session_user" su
             where ${this.inWindow('su.completed_at')}
               and su.course_user_id in (select cu.id from course_user cu where true ${holders.sql})`,
      params: [...this.window(), ...holders.params],
    };
  }

  /**
   * One branch per count, each a range on its own covering index (an OR of ranges would need
   * the table's rows), added up per group and labelled with the partner's or course's name.
   */
  protected grouped(spec: {
    from: string;
    group: string;
    labels: 'partner' | 'course' | 'resource';
    counts: Record<string, string>;
    filter: Query;
  }): Query {
    const names = Object.keys(spec.counts);
    const branches = Object.values(spec.counts).map((column, index) => {
      const flags = names.map((name, other) => `${other === index ? 1 : 0} as ${name}`).join(', ');
      return `select ${spec.group} as grp, ${flags} from ${spec.from}
               where ${this.inWindow(column)} ${spec.filter.sql}`;
    });
    const sums = names.map((name) => `sum(x.${name})::int as ${name}`).join(', ');
    return {
      sql: `select l.name as label, ${sums}
              from (${branches.join(' union all ')}) x
              join ${spec.labels} l on l.id = x.grp
             group by l.id, l.name
             order by lower(l.name), l.name, l.id`,
      params: names.flatMap(() => [...this.window(), ...spec.filter.params]),
    };
  }

  protected ofPartner(column: string): Query {
    return this.partner ? { sql: `and ${column} = ?`, params: [this.partner] } : none;
  }

  /** Restricts `userColumn` to users holding an access (active or not) of the partner. */
  protected holders(userColumn: string): Query {
    if (!this.partner) return none;
    return {
      sql: `and ${userColumn} in (select h.user_id from partner_access h where h.partner_id = ? and h.user_id is not null)`,
      params: [this.partner],
    };
  }

  protected inWindow(column: string): string {
    return `${column} >= ? and ${column} < ?`;
  }

  protected window(): string[] {
    return [this.from, this.to];
  }
}

const none: Query = { sql: '', params: [] };
