import type { Actor } from '../../domain/identity/actor.js';
import type { RequestLog } from './request-logger.js';

/** What middlewares put on the Hono context for the handlers after them. */
export interface AppVariables {
  requestId: string;
  /** The request's logger (a child carrying the request id); it never logs bodies or personal data. */
  requestLog: RequestLog;
  /** Set by the `authenticate` middleware; absent on public routes. */
  actor: Actor;
}

export interface AppEnv {
  Variables: AppVariables;
}
