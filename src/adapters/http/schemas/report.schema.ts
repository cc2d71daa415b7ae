import { z } from '@hono/zod-openapi';
import type { ReportSummary } from '../../../application/reporting/get-report-summary.js';
import { FEEDBACK_TAGS } from '../../../domain/feedback/feedback.js';
import { reportWindowProblem } from '../../../domain/reporting/report-window.js';
import { iso, Timestamp } from './common.js';
import { parseIsoDateTime } from './therapy-date-time.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` (UTC midnight) or an ISO-8601 date-time with an offset; null otherwise. */
export function parseReportDate(text: string): Date | null {
  const day = DAY.exec(text.trim());
  if (!day) return parseIsoDateTime(text);
  const [year, month, date] = [day[1], day[2], day[3]].map(Number) as [number, number, number];
  const midnight = new Date(Date.UTC(year, month - 1, date));
  const real = midnight.getUTCFullYear() === year && midnight.getUTCMonth() === month - 1;
  return real && midnight.getUTCDate() === date ? midnight : null;
}

const ReportDate = (name: string) =>
  z
    .string()
    .max(64)
    .refine((text) => parseReportDate(text) !== null, {
      message: 'Expected YYYY-MM-DD (UTC midnight) or an ISO-8601 date-time with an offset',
    })
    .openapi({ param: { name, in: 'query' }, example: name === 'from' ? '2026-01-01' : '2026-02-01' });

export const ReportSummaryQuery = z
  .object({
    from: ReportDate('from'),
    to: ReportDate('to'),
    partner: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .optional()
      .openapi({ param: { name: 'partner', in: 'query' }, description: 'A partner name, any case' }),
  })
  .superRefine((query, context) => {
    const from = parseReportDate(query.from);
    const to = parseReportDate(query.to);
    const problem = from && to ? reportWindowProblem(from, to) : null;
    if (problem) context.addIssue({ code: 'custom', path: ['to'], message: problem });
  });

const Count = z.number().int().min(0);

export const ReportSummarySchema = z
  .object({
    from: Timestamp,
    to: Timestamp,
    partner: z.string().nullable(),
    users: z.object({
      new: z.object({
        PUBLIC_USER: Count,
        PARTNER_USER_WITH_CODE: Count,
        PARTNER_USER_WITHOUT_CODE: Count,
      }),
      active: Count.openapi({ description: 'Users whose latest visit (lastActiveAt) is in the window' }),
    }),
    partnerAccesses: z.array(z.object({ partner: z.string(), created: Count, activated: Count })),
    courses: z.array(z.object({ course: z.string(), started: Count, completed: Count })),
    sessionsCompleted: Count,
    therapy: z.array(z.object({ partner: z.string(), booked: Count, cancelled: Count, completed: Count })),
    resources: z.array(z.object({ resource: z.string(), started: Count, completed: Count })),
    feedback: z
      .array(z.object({ tag: z.enum(FEEDBACK_TAGS), session: Count, resource: Count }))
      .nullable()
      .openapi({ description: 'Tags with submissions; null with `partner` (feedback is anonymous)' }),
    events: z.object({ LOGGED_IN: Count, LOGGED_OUT: Count, GROUNDING_EXERCISE_STARTED: Count }),
    whatsapp: z.object({
      subscribed: Count.openapi({ description: 'WhatsApp subscriptions created in the window' }),
      cancelled: Count.openapi({ description: 'WhatsApp subscriptions cancelled in the window' }),
    }),
  })
  .openapi('ReportSummary');

export function reportSummaryJson(summary: ReportSummary): z.infer<typeof ReportSummarySchema> {
  return {
    from: iso(summary.from),
    to: iso(summary.to),
    partner: summary.partner,
    users: { new: { ...summary.users.new }, active: summary.users.active },
    partnerAccesses: summary.partnerAccesses.map(({ partner, created, activated }) => ({
      partner,
      created,
      activated,
    })),
    courses: summary.courses.map(({ course, started, completed }) => ({ course, started, completed })),
    sessionsCompleted: summary.sessionsCompleted,
    therapy: summary.therapy.map(({ partner, booked, cancelled, completed }) => ({
      partner,
      booked,
      cancelled,
      completed,
    })),
    resources: summary.resources.map(({ resource, started, completed }) => ({
      resource,
      started,
      completed,
    })),
    feedback:
      summary.feedback && summary.feedback.map(({ tag, session, resource }) => ({ tag, session, resource })),
    events: { ...summary.events },
    whatsapp: { ...summary.whatsapp },
  };
}
