import type { EventLogId, UserId } from '../shared/ids.js';

/** SPEC 13.5: the events a client may log; upstream's server-written CHAT_MESSAGE_* are not among them. */
export const LOGGED_EVENTS = ['LOGGED_IN', 'LOGGED_OUT', 'GROUNDING_EXERCISE_STARTED'] as const;
export type LoggedEvent = (typeof LOGGED_EVENTS)[number];

export interface EventMetadata {
  title?: string;
}

export const MAX_EVENT_TITLE = 255;

/**
 * A title is trimmed and cut to 255 code points, never refused for its length: clients fire
 * and forget, so a long title must not lose the event. An empty title after trimming is kept
 * as sent (an empty string), since the client sent one.
 */
export function eventTitleOf(title: string): string {
  return [...title.trim()].slice(0, MAX_EVENT_TITLE).join('');
}

/**
 * One event a user logged. Rows are pseudonymous (a user id, the event, its time and an
 * optional title, the only free text), survive account deletion like progress, and are deleted
 * by the retention purge.
 */
export class EventLogEntry {
  readonly metadata: EventMetadata;

  constructor(
    readonly id: EventLogId,
    readonly userId: UserId,
    readonly event: LoggedEvent,
    readonly date: Date,
    metadata: EventMetadata,
    readonly createdAt: Date = date,
    readonly updatedAt: Date = date,
  ) {
    const title = metadata?.title;
    this.metadata = title === undefined ? {} : { title: eventTitleOf(title) };
  }
}
