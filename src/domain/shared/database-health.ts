import { domainError } from './domain-error.js';

/** Whether the database answers right now (for the health route and the 503 rule). */
export interface DatabaseHealth {
  isReachable(): Promise<boolean>;
}
export const DatabaseHealth = Symbol('DatabaseHealth');

export class DatabaseUnavailable extends domainError('unavailable', 'DATABASE_UNAVAILABLE') {}
