import { describe, expect, it } from 'vitest';
import { reportSummaryCsv } from '../../../src/adapters/http/schemas/report-csv.js';
import type { ReportSummary } from '../../../src/application/reporting/get-report-summary.js';

const summary = (names: { partner: string; course: string }): ReportSummary => ({
  from: new Date('2026-03-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  partner: null,
  users: { new: { PUBLIC_USER: 1, PARTNER_USER_WITH_CODE: 2, PARTNER_USER_WITHOUT_CODE: 3 }, active: 4 },
  partnerAccesses: [{ partner: names.partner, created: 5, activated: 6 }],
  courses: [{ course: names.course, started: 7, completed: 8 }],
  sessionsCompleted: 9,
  therapy: [{ partner: names.partner, booked: 10, cancelled: 11, completed: 12 }],
  resources: [{ resource: names.course, started: 13, completed: 14 }],
  feedback: [{ tag: 'too long', session: 15, resource: 16 }],
  events: { LOGGED_IN: 17, LOGGED_OUT: 18, GROUNDING_EXERCISE_STARTED: 19 },
  whatsapp: { subscribed: 20, cancelled: 21 },
});

describe('the summary as CSV', () => {
  it('has no feedback rows when feedback is null (a partner’s summary)', () => {
    const csv = reportSummaryCsv({ ...summary({ partner: 'Bumble', course: 'Healing' }), feedback: null });
    expect(csv).not.toContain('feedback.');
    expect(csv).toContain('\r\nwhatsapp.cancelled,,21\r\n');
  });

  it('writes metric,dimension,value rows with a header and CRLF line ends', () => {
    expect(reportSummaryCsv(summary({ partner: 'Bumble', course: 'Healing' }))).toBe(
      [
        'metric,dimension,value',
        'users.new,PUBLIC_USER,1',
        'users.new,PARTNER_USER_WITH_CODE,2',
        'users.new,PARTNER_USER_WITHOUT_CODE,3',
        'users.active,,4',
        'partnerAccesses.created,Bumble,5',
        'partnerAccesses.activated,Bumble,6',
        'courses.started,Healing,7',
        'courses.completed,Healing,8',
        'sessionsCompleted,,9',
        'therapy.booked,Bumble,10',
        'therapy.cancelled,Bumble,11',
        'therapy.completed,Bumble,12',
        'resources.started,Healing,13',
        'resources.completed,Healing,14',
        'feedback.session,too long,15',
        'feedback.resource,too long,16',
        'events,LOGGED_IN,17',
        'events,LOGGED_OUT,18',
        'events,GROUNDING_EXERCISE_STARTED,19',
        'whatsapp.subscribed,,20',
        'whatsapp.cancelled,,21',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes names holding commas, quotes or line breaks, doubling the quotes', () => {
    const csv = reportSummaryCsv(summary({ partner: 'Chayn, "UK"', course: 'Line\nbreak' }));
    expect(csv).toContain('\r\npartnerAccesses.created,"Chayn, ""UK""",5\r\n');
    expect(csv).toContain('\r\ncourses.started,"Line\nbreak",7\r\n');
  });

  it('keeps spreadsheets from running a name as a formula', () => {
    const csv = reportSummaryCsv(summary({ partner: '=HYPERLINK("x")', course: '-1+2' }));
    expect(csv).toContain('\r\npartnerAccesses.created,"\'=HYPERLINK(""x"")",5\r\n');
    expect(csv).toContain("\r\ncourses.started,'-1+2,7\r\n");
  });
});
