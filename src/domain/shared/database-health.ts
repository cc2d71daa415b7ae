import { portToken } from './port-token.js';
import { domainError } from './domain-error.js';

/** Whether the database answers right now (for the health route and the 503 rule). */
export interface DatabaseHealth {
  isReachable(): Promise<boolean>;
}
export const DatabaseHealth = portToken<DatabaseHealth>('DatabaseHealth');

export class DatabaseUnavailable extends domainError('unavailable', 'DATABASE_UNAVAILABLE') {}
