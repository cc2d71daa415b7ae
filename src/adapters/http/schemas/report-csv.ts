import type { ReportSummary } from '../../../application/reporting/get-report-summary.js';

type Row = [metric: string, dimension: string, value: number];

/**
 * The summary as `metric,dimension,value` rows (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled). A name starting with = + - @ or a tab is
 * prefixed with ' so a spreadsheet shows it as text instead of running it as a formula.
 */
export function reportSummaryCsv(summary: ReportSummary): string {
  const rows: Row[] = [
    ...Object.entries(summary.users.new).map(([type, n]): Row => ['users.new', type, n]),
    ['users.active', '', summary.users.active],
    ...summary.partnerAccesses.flatMap(({ partner, created, activated }): Row[] => [
      ['partnerAccesses.created', partner, created],
      ['partnerAccesses.activated', partner, activated],
    ]),
    ...summary.courses.flatMap(({ course, started, completed }): Row[] => [
      ['courses.started', course, started],
      ['courses.completed', course, completed],
    ]),
    ['sessionsCompleted', '', summary.sessionsCompleted],
    ...summary.therapy.flatMap(({ partner, booked, cancelled, completed }): Row[] => [
      ['therapy.booked', partner, booked],
      ['therapy.cancelled', partner, cancelled],
      ['therapy.completed', partner, completed],
    ]),
    ...summary.resources.flatMap(({ resource, started, completed }): Row[] => [
      ['resources.started', resource, started],
      ['resources.completed', resource, completed],
    ]),
    // No rows for a partner's summary: feedback is anonymous (null).
    ...(summary.feedback ?? []).flatMap(({ tag, session, resource }): Row[] => [
      ['feedback.session', tag, session],
      ['feedback.resource', tag, resource],
    ]),
    ...Object.entries(summary.events).map(([event, n]): Row => ['events', event, n]),
    ['whatsapp.subscribed', '', summary.whatsapp.subscribed],
    ['whatsapp.cancelled', '', summary.whatsapp.cancelled],
  ];
  const lines = [['metric', 'dimension', 'value'], ...rows].map((row) => row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
