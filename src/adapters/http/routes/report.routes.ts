import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import type { GetReportSummary } from '../../../application/reporting/get-report-summary.js';
import type { AppEnv } from '../app-env.js';
import { bearerSecurity, requireSuperAdmin } from '../middleware/auth.js';
import { createRouter, errorResponses } from '../openapi.js';
import { reportSummaryCsv } from '../schemas/report-csv.js';
import {
  parseReportDate,
  reportSummaryJson,
  ReportSummaryQuery,
  ReportSummarySchema,
} from '../schemas/report.schema.js';

export interface ReportRouteDeps {
  auth: MiddlewareHandler<AppEnv>;
  getReportSummary: GetReportSummary;
}

const CSV = 'text/csv';

export function reportRoutes(deps: ReportRouteDeps) {
  const summary = createRoute({
    method: 'get',
    path: '/reports/summary',
    tags: ['reports'],
    summary:
      'Aggregate counts in [from, to), optionally for one partner (JSON, or CSV with Accept: text/csv)',
    middleware: [deps.auth, requireSuperAdmin] as const,
    security: bearerSecurity,
    request: { query: ReportSummaryQuery },
    responses: {
      200: {
        description: 'The summary',
        content: {
          'application/json': { schema: ReportSummarySchema },
          [CSV]: {
            schema: z.string().openapi({ example: 'metric,dimension,value\r\nusers.new,PUBLIC_USER,12\r\n' }),
          },
        },
      },
      ...errorResponses(400, 401, 403, 404),
    },
  });

  return createRouter<AppEnv>().openapi(summary, async (c) => {
    const query = c.req.valid('query');
    const result = await deps.getReportSummary.execute({
      from: date(query.from),
      to: date(query.to),
      partner: query.partner ?? null,
    });
    const type = accepts(c, {
      header: 'Accept',
      supports: ['application/json', CSV],
      default: 'application/json',
    });
    if (type === CSV)
      return c.body(reportSummaryCsv(result), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.json(reportSummaryJson(result), 200);
  });
}

/** For values the query schema has already checked. */
function date(text: string): Date {
  const parsed = parseReportDate(text);
  if (!parsed) throw new TypeError('not a report date');
  return parsed;
}
