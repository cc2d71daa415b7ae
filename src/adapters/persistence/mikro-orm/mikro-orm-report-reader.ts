import { raw, sql, type SqlEntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../../domain/partner/partner.js';
import type { SignUpType } from '../../../domain/profile/profile-views.js';
import type {
  CourseCounts,
  PartnerAccessCounts,
  ReportCounts,
  ReportPartner,
  ReportReader,
  TherapyCounts,
} from '../../../domain/reporting/report-reader.js';
import type { ReportWindow } from '../../../domain/reporting/report-window.js';
import type { PartnerId } from '../../../domain/shared/ids.js';
import { ReportQueries, type Query } from './report-queries.js';

type Labelled<T> = Omit<T, 'partner' | 'course'> & { label: string };

/**
 * The summary in five statements, sent together: on PostgreSQL each runs on its own pooled
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
    const queries = new ReportQueries(window, partner);
    // Raw SQL: conditional aggregates (count … filter) over OR'd index ranges and semi-joins, which the QueryBuilder can only wrap as raw fragments.
    const [users, accesses, courses, sessions, therapy] = await Promise.all([
      this.rows<{ key: string; n: number }>(queries.users()),
      this.rows<Labelled<PartnerAccessCounts>>(queries.partnerAccesses()),
      this.rows<Labelled<CourseCounts>>(queries.courses()),
      this.rows<{ n: number }>(queries.sessionsCompleted()),
      this.rows<Labelled<TherapyCounts>>(queries.therapy()),
    ]);
    const count = (key: string) => users.find((row) => row.key === key)?.n ?? 0;
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
    };
  }

  private rows<T>(query: Query): Promise<T[]> {
    return this.em.execute<T[]>(query.sql, query.params);
  }
}
