import { portToken } from './port-token.js';
/**
 * Runs `work` in one database transaction: every repository call made inside it (through the
 * same async context) joins that transaction, and nothing is kept unless `work` resolves.
 * Nested calls join the outer transaction. Row locks taken inside live until it ends.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
export const UnitOfWork = portToken<UnitOfWork>('UnitOfWork');
