import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { validationFailed } from './errors.js';

/**
 * Every router is made here so they all share the validation hook: a request that fails its
 * schema answers 400 VALIDATION_FAILED with one issue per problem, and never reaches a handler.
 */
export function createRouter<E extends Env = Env>() {
  return new OpenAPIHono<E>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return validationFailed(
        c,
        result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    },
  });
}

export const ErrorSchema = z
  .object({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string().openapi({ description: 'A stable upper-case code where the API defines one' }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Error');

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input',
  401: 'Missing, invalid or expired token',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body over 1 MiB',
  429: 'Rate limited',
  502: 'An upstream service failed',
  503: 'Database unavailable',
};

/** The error responses a route declares, for the OpenAPI document. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  );
}

/** A JSON response for the OpenAPI document. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
