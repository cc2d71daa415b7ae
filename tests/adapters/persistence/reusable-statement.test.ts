import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { ReusableStatement } from '../../../src/adapters/persistence/mikro-orm/reusable-statement.js';
import { Partner } from '../../../src/domain/partner/partner.js';
import { insertPartner } from '../../support/fixtures.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../support/test-database.js';

const mark = ReusableStatement.mark;

describe.each(databaseKinds)('a QueryBuilder statement built once and run again (%s)', (kind) => {
  let database: TestDatabase;
  let em: SqlEntityManager;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    em = database.orm.em.fork() as SqlEntityManager;
    for (const name of ['Alpha', 'Beta', 'Gamma']) await insertPartner(database.orm, { name });
  });
  afterAll(() => database.close());

  const byNames = () =>
    em
      .createQueryBuilder(Partner)
      .select(['name'])
      .where({ $or: [{ name: mark('first') }, { name: mark('second') }, { name: { $in: [mark('first')] } }] })
      .orderBy({ name: 'asc' });

  it('runs with each call’s values in every place of their markers', async () => {
    const statement = ReusableStatement.of(byNames(), ['first', 'second']);
    const run = (first: string, second: string) => statement.run<{ name: string }[]>(em, { first, second });
    expect(await run('Alpha', 'Gamma')).toEqual([{ name: 'Alpha' }, { name: 'Gamma' }]);
    expect(await run('Beta', 'Nobody')).toEqual([{ name: 'Beta' }]);
    const built = await em
      .createQueryBuilder(Partner)
      .select(['name'])
      .where({ $or: [{ name: 'Beta' }, { name: 'Nobody' }, { name: { $in: ['Beta'] } }] })
      .orderBy({ name: 'asc' })
      .execute('all', false);
    expect(await run('Beta', 'Nobody')).toEqual(built);
  });

  it('refuses a marker the builder lost, and one it was not told about', () => {
    expect(() => ReusableStatement.of(byNames(), ['first', 'second', 'third'])).toThrow(/third/);
    expect(() => ReusableStatement.of(byNames(), ['first'])).toThrow(/not told about/);
  });
});
