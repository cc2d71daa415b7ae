import type { Logger } from 'pino';
import type { OperationsLog } from '../../domain/shared/operations-log.js';

export class PinoOperationsLog implements OperationsLog {
  /**
   * `current` gives the logger of the request being served, if any, so an event written during
   * a request carries its id (SPEC 2); otherwise the event goes to `logger`.
   */
  constructor(
    private readonly logger: Logger,
    private readonly current: () => Logger | undefined,
  ) {}

  warn(event: string, fields: Record<string, string | number | boolean | null>): void {
    (this.current() ?? this.logger).warn(fields, event);
  }
}
