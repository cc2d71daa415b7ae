import type { Logger } from 'pino';
import type { Actor } from '../../domain/identity/actor.js';

/** What middlewares put on the Hono context for the handlers after them. */
export interface AppVariables {
  requestId: string;
  /** A child logger carrying the request id; it never logs bodies or personal data. */
  log: Logger;
  /** Set by the `authenticate` middleware; absent on public routes. */
  actor: Actor;
}

export interface AppEnv {
  Variables: AppVariables;
}
