import { TransactionPropagation, type EntityManager } from '@mikro-orm/core';
import type { UnitOfWork } from '../../../domain/shared/unit-of-work.js';

/**
 * One unit of work is one `em.transactional` call. Repositories hold the global EntityManager,
 * which MikroORM resolves to this transaction's fork through async context, so every call made
 * inside `work` joins the transaction. Nested runs join the outer one (REQUIRED), which keeps
 * "one request, one transaction" even when a use case calls another.
 */
export class MikroOrmUnitOfWork implements UnitOfWork {
  constructor(private readonly em: EntityManager) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.em.transactional(() => work(), { propagation: TransactionPropagation.REQUIRED });
  }
}
