import type { MikroORM } from '@mikro-orm/core';
import type { DatabaseHealth } from '../../../domain/shared/database-health.js';

const TIMEOUT_MS = 2000;

export class MikroOrmDatabaseHealth implements DatabaseHealth {
  constructor(private readonly orm: MikroORM) {}

  async isReachable(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), TIMEOUT_MS);
    });
    // Raw SQL: a liveness probe that touches no table, on the connection itself (no context needed).
    const probe = this.orm.em
      .getConnection()
      .execute('select 1')
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
