import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../domain/shared/id-generator.js';

export class CryptoIdGenerator implements IdGenerator {
  uuid(): string {
    return randomUUID();
  }
}
