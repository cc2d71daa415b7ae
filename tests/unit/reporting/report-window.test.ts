import { describe, expect, it } from 'vitest';
import { parseReportDate } from '../../../src/adapters/http/schemas/report.schema.js';
import { InvalidReportWindow, ReportWindow } from '../../../src/domain/reporting/report-window.js';

const at = (iso: string) => new Date(iso);

describe('a report window', () => {
  it('must end after it starts', () => {
    expect(() => ReportWindow.of(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toThrow(
      InvalidReportWindow,
    );
    expect(() => ReportWindow.of(at('2026-03-02T00:00:00Z'), at('2026-03-01T00:00:00Z'))).toThrow(
      InvalidReportWindow,
    );
    expect(ReportWindow.of(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00.001Z')).to).toEqual(
      at('2026-03-01T00:00:00.001Z'),
    );
  });

  it('spans at most five calendar years, leap days included', () => {
    expect(() => ReportWindow.of(at('2021-03-01T00:00:00Z'), at('2026-03-01T00:00:00Z'))).not.toThrow();
    expect(() => ReportWindow.of(at('2021-03-01T00:00:00Z'), at('2026-03-01T00:00:00.001Z'))).toThrow(
      'at most 5 years',
    );
    expect(() => ReportWindow.of(at('2024-02-29T00:00:00Z'), at('2029-03-01T00:00:00Z'))).not.toThrow();
    expect(() => ReportWindow.of(at('2024-02-29T00:00:00Z'), at('2029-03-01T00:00:00.001Z'))).toThrow(
      InvalidReportWindow,
    );
  });
});

describe('report dates', () => {
  it('reads YYYY-MM-DD as UTC midnight and refuses impossible days', () => {
    expect(parseReportDate('2026-03-01')).toEqual(at('2026-03-01T00:00:00Z'));
    expect(parseReportDate('2028-02-29')).toEqual(at('2028-02-29T00:00:00Z'));
    for (const text of ['2026-02-29', '2026-13-01', '2026-3-1', '20260301', 'March 2026', ''])
      expect(parseReportDate(text), text).toBeNull();
  });

  it('reads ISO-8601 date-times with an offset, +0000 included, and refuses those without', () => {
    expect(parseReportDate('2026-03-01T01:00:00+0100')).toEqual(at('2026-03-01T00:00:00Z'));
    expect(parseReportDate('2026-03-01T00:00:00.000Z')).toEqual(at('2026-03-01T00:00:00Z'));
    expect(parseReportDate('2026-03-01T00:00:00')).toBeNull();
  });
});
