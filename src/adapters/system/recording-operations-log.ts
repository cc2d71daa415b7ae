import type { OperationsLog } from '../../domain/shared/operations-log.js';

/** Keeps what was logged, for use-case tests. */
export class RecordingOperationsLog implements OperationsLog {
  readonly events: { event: string; fields: Record<string, string | number | boolean | null> }[] = [];

  warn(event: string, fields: Record<string, string | number | boolean | null>): void {
    this.events.push({ event, fields });
  }
}
