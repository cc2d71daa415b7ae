import type { MikroORM } from '@mikro-orm/core';

/**
 * Records the SQL statements the ORM sends (through its `onQuery` hook) while `work` runs.
 * Transaction control (begin, commit) does not pass through that hook and is not counted.
 */
export async function statementsDuring(orm: MikroORM, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const before = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
    seen.push(sql.replace(/\s+/g, ' ').trim());
    return before(sql, params);
  });
  try {
    await work();
  } finally {
    orm.config.set('onQuery', before);
  }
  return seen;
}
