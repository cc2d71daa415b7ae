import { portToken } from './port-token.js';
/** Produces new entity ids (UUIDs) and other random values the core needs. */
export interface IdGenerator {
  uuid(): string;
}
export const IdGenerator = portToken<IdGenerator>('IdGenerator');
