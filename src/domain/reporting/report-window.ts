import { domainError } from '../shared/domain-error.js';

/** 400 VALIDATION_FAILED: `to` not after `from`, or a window longer than five years (SPEC 10). */
export class InvalidReportWindow extends domainError('invalid', 'VALIDATION_FAILED') {}

export const MAX_REPORT_YEARS = 5;

/**
 * Why `[from, to)` cannot be reported on, or null when it can. Five years are calendar years in
 * UTC: 2021-03-01 to 2026-03-01 is allowed, one millisecond more is not.
 */
export function reportWindowProblem(from: Date, to: Date): string | null {
  if (to.getTime() <= from.getTime()) return '`to` must be after `from`';
  const limit = new Date(from.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REPORT_YEARS);
  if (to.getTime() > limit.getTime()) return `The window may span at most ${MAX_REPORT_YEARS} years`;
  return null;
}

/** The half-open window `[from, to)` every count of a report is taken in. */
export class ReportWindow {
  private constructor(
    readonly from: Date,
    readonly to: Date,
  ) {}

  static of(from: Date, to: Date): ReportWindow {
    const problem = reportWindowProblem(from, to);
    if (problem) throw new InvalidReportWindow(problem);
    return new ReportWindow(from, to);
  }
}
