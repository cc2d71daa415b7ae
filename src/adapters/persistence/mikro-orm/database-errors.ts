import { ConnectionException } from '@mikro-orm/core';

// Node socket errors and PostgreSQL's "connection" and "operator intervention" classes.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** True when the database cannot be reached (answer 503), as opposed to a bug (500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    const message = (cause as { message?: unknown }).message;
    if (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
    )
      return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * True when PostgreSQL refused a value the client sent (SQLSTATE class 22, "data exception":
 * a NUL character in text, a number out of range, an invalid date...). Such a request is bad
 * input (400), not a fault; the statement failed, so its transaction wrote nothing.
 */
export function isRejectedInput(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * True when `error` is a unique violation (SQLSTATE 23505) of the named constraint or index.
 * Read from the driver's fields, never its message (which changes with the server's language
 * and version). Statements run by the QueryBuilder reject with the driver's own error, those
 * of a flush with MikroORM's UniqueConstraintViolationException copying its fields: both carry
 * `code` and `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return violates(error, '23505', [constraint]);
}

/** True when `error` is a CHECK violation (SQLSTATE 23514) of one of the named constraints. */
export function isCheckViolation(error: unknown, constraints: readonly string[]): boolean {
  return violates(error, '23514', constraints);
}

function violates(error: unknown, sqlState: string, constraints: readonly string[]): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code, constraint } = cause as { code?: unknown; constraint?: unknown };
    if (code === sqlState && typeof constraint === 'string') return constraints.includes(constraint);
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
