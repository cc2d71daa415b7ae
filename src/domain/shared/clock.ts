import { portToken } from './port-token.js';
/** The only source of "now" in the core, so use cases run with a fixed time in tests. */
export interface Clock {
  now(): Date;
}
export const Clock = portToken<Clock>('Clock');
