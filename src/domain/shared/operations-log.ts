import { portToken } from './port-token.js';
/**
 * Events an operator must be able to find later, such as an account left behind in Firebase.
 * Fields are ids and error codes only: never emails, names, tokens or bodies.
 */
export interface OperationsLog {
  warn(event: string, fields: Record<string, string | number | boolean | null>): void;
}
export const OperationsLog = portToken<OperationsLog>('OperationsLog');

/** The code of a failure, for an operations log: a domain error's code, else its class name. */
export function failureCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
