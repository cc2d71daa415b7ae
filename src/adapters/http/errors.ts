import { STATUS_CODES } from 'node:http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainErrorKind } from '../../domain/shared/domain-error.js';

export const STATUS_BY_KIND: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
  upstream: 502,
  unavailable: 503,
};

export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  issues?: ValidationIssue[];
}

/** The one error envelope of SPEC.md section 2. */
export function errorBody(status: number, message: string, issues?: ValidationIssue[]): ErrorBody {
  return {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    message,
    ...(issues ? { issues } : {}),
  };
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  issues?: ValidationIssue[],
) {
  return c.json(errorBody(status, message, issues), status);
}

export function validationFailed(c: Context, issues: ValidationIssue[]) {
  return errorResponse(c, 400, 'VALIDATION_FAILED', issues);
}

/**
 * 413 for a body over the limit, closing the connection: the rest of that body is still on the
 * socket, and a keep-alive client reusing it would have its next request read as the tail of
 * the refused one (or reset). Node's server ends the socket after a `Connection: close` answer.
 */
export function payloadTooLarge(c: Context) {
  c.header('Connection', 'close');
  return errorResponse(c, 413, 'PAYLOAD_TOO_LARGE');
}
