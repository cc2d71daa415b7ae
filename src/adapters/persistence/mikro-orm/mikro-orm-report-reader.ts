import { raw, sql, type SqlEntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../../domain/partner/partner.js';
import { LOGGED_EVENTS, type LoggedEvent } from '../../../domain/event-log/event-log-entry.js';
import { FEEDBACK_TAGS, type FeedbackTag } from '../../../domain/feedback/feedback.js';
import type { SignUpType } from '../../../domain/profile/profile-views.js';
import type {
  CourseCounts,
  PartnerAccessCounts,
  ReportCounts,
  ReportPartner,
  ReportReader,
  ResourceCounts,
  TherapyCounts,
} from '../../../domain/reporting/report-reader.js';
import type { ReportWindow } from '../../../domain/reporting/report-window.js';
import type { PartnerId } from '../../../domain/shared/ids.js';
import { ReportNotesQueries } from './report-notes-queries.js';
import type { Query } from './report-queries.js';

type Labelled<T> = Omit<T, 'partner' | 'course'> & { label: string };

type Keyed = { key: string; n: number };

/**
 * The summary in nine statements (five for SPEC 10, four for 13.9; eight with a partner), sent together: on PostgreSQL each runs on its own pooled
 * connection (they are independent reads, outside any transaction), so the slowest one sets the
 * time; PGlite runs them one after another.
 */
export class MikroOrmReportReader implements ReportReader {
  constructor(private readonly em: SqlEntityManager) {}

  async partnerNamed(name: string): Promise<ReportPartner | null> {
    const partner = await this.em.findOne(Partner, { [sql.lower('name')]: raw('lower(?)', [name]) });
    return partner ? { id: partner.id, name: partner.name } : null;
  }

  async counts(window: ReportWindow, partner: PartnerId | null): Promise<ReportCounts> {
    const queries = new ReportNotesQueries(window, partner);
    // Raw SQL: conditional aggregates (count … filter) over OR'd index ranges and semi-joins, which the QueryBuilder can only wrap as raw fragments.
    const [users, accesses, courses, sessions, therapy, resources, feedback, events, whatsapp] =
      await Promise.all([
        this.rows<Keyed>(queries.users()),
        this.rows<Labelled<PartnerAccessCounts>>(queries.partnerAccesses()),
        this.rows<Labelled<CourseCounts>>(queries.courses()),
        this.rows<{ n: number }>(queries.sessionsCompleted()),
        this.rows<Labelled<TherapyCounts>>(queries.therapy()),
        this.rows<Labelled<ResourceCounts>>(queries.resources()),
        partner
          ? null
          : this.rows<{ tag: FeedbackTag; kind: 'session' | 'resource'; n: number }>(queries.feedback()),
        this.rows<Keyed>(queries.events()),
        this.rows<Keyed>(queries.whatsapp()),
      ]);
    const keyed = (rows: Keyed[], key: string) => rows.find((row) => row.key === key)?.n ?? 0;
    const count = (key: string) => keyed(users, key);
    const newUsers: Record<SignUpType, number> = {
      PUBLIC_USER: count('PUBLIC_USER'),
      PARTNER_USER_WITH_CODE: count('PARTNER_USER_WITH_CODE'),
      PARTNER_USER_WITHOUT_CODE: count('PARTNER_USER_WITHOUT_CODE'),
    };
    return {
      users: { new: newUsers, active: count('ACTIVE') },
      partnerAccesses: accesses.map(({ label, created, activated }) => ({
        partner: label,
        created,
        activated,
      })),
      courses: courses.map(({ label, started, completed }) => ({ course: label, started, completed })),
      sessionsCompleted: sessions[0]?.n ?? 0,
      therapy: therapy.map(({ label, booked, cancelled, completed }) => ({
        partner: label,
        booked,
        cancelled,
        completed,
      })),
      resources: resources.map(({ label, started, completed }) => ({ resource: label, started, completed })),
      feedback: feedback && feedbackCounts(feedback),
      events: Object.fromEntries(LOGGED_EVENTS.map((event) => [event, keyed(events, event)])) as Record<
        LoggedEvent,
        number
      >,
      whatsapp: { subscribed: keyed(whatsapp, 'subscribed'), cancelled: keyed(whatsapp, 'cancelled') },
    };
  }

  private rows<T>(query: Query): Promise<T[]> {
    return this.em.execute<T[]>(query.sql, query.params);
  }
}

/** Tags with at least one submission, in the order of FEEDBACK_TAGS. */
function feedbackCounts(rows: { tag: FeedbackTag; kind: 'session' | 'resource'; n: number }[]) {
  const n = (tag: FeedbackTag, kind: 'session' | 'resource') =>
    rows.find((row) => row.tag === tag && row.kind === kind)?.n ?? 0;
  return FEEDBACK_TAGS.map((tag) => ({
    tag,
    session: n(tag, 'session'),
    resource: n(tag, 'resource'),
  })).filter((counts) => counts.session + counts.resource > 0);
}
