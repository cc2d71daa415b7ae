import type { Logger } from 'pino';
import type { OperationsLog } from '../../domain/shared/operations-log.js';

export class PinoOperationsLog implements OperationsLog {
  constructor(private readonly logger: Logger) {}

  warn(event: string, fields: Record<string, string | number | boolean | null>): void {
    this.logger.warn(fields, event);
  }
}
