import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { ReportCounts, ReportReader } from '../../domain/reporting/report-reader.js';
import { ReportWindow } from '../../domain/reporting/report-window.js';

export interface ReportSummaryInput {
  from: Date;
  to: Date;
  /** A partner's name, matched case-insensitively; absent for every user. */
  partner?: string | null;
}

export interface ReportSummary extends ReportCounts {
  from: Date;
  to: Date;
  /** The partner's name as stored, or null for the unfiltered summary. */
  partner: string | null;
}

/** SPEC 10: the aggregate counts of `[from, to)`, optionally for one partner's users. */
export class GetReportSummary {
  constructor(private readonly reports: ReportReader) {}

  async execute(input: ReportSummaryInput): Promise<ReportSummary> {
    const window = ReportWindow.of(input.from, input.to);
    let partner = null;
    if (input.partner) {
      partner = await this.reports.partnerNamed(input.partner);
      // An unknown name is refused rather than answered with zeros: a typo must not read as "no activity".
      if (!partner) throw new PartnerNotFound();
    }
    const counts = await this.reports.counts(window, partner?.id ?? null);
    return { from: window.from, to: window.to, partner: partner?.name ?? null, ...counts };
  }
}
