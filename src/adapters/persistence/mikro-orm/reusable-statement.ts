import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { prepared, replacePlaceholders, runPrepared, type PreparedStatement } from './prepared-statements.js';

const MARK = '\u0000mark:';

/** What a finished QueryBuilder gives: its SQL text and its parameters in order. */
interface Built {
  getQuery(): string;
  getParams(): readonly unknown[];
}

/**
 * A QueryBuilder's SQL, kept to run again and again with other values: building the same query
 * on every call was a large part of the hottest routes' server time (docs/performance.md). The
 * builder is given a marker (`ReusableStatement.mark(name)`) wherever a value goes; a marker
 * missing from its parameters (inlined or transformed by the builder) fails at once instead of
 * running the wrong query.
 */
export class ReusableStatement<Name extends string> {
  private constructor(
    private readonly sql: string,
    private readonly template: readonly unknown[],
    private readonly places: ReadonlyMap<Name, readonly number[]>,
  ) {}

  /** The stand-in for value `name` while the statement is built. */
  static mark(name: string): string {
    return `${MARK}${name}`;
  }

  static of<Name extends string>(qb: Built, names: readonly Name[]): ReusableStatement<Name> {
    const params = qb.getParams();
    const places = new Map<Name, number[]>();
    for (const name of names) {
      const mark = ReusableStatement.mark(name);
      const at = params.flatMap((param, index) => (param === mark ? [index] : []));
      if (at.length === 0) throw new Error(`The parameter ${name} is not in the built statement`);
      places.set(name, at);
    }
    const known = new Set(names.map((name) => ReusableStatement.mark(name)));
    if (params.some((param) => typeof param === 'string' && param.startsWith(MARK) && !known.has(param)))
      throw new Error('The built statement has a marker it was not told about');
    return new ReusableStatement(qb.getQuery(), params, places);
  }

  /**
   * Runs the statement with `values` in their markers' places. Raw execution: it runs as a
   * prepared statement (`runPrepared`), which PostgreSQL plans once per connection (issue 14).
   */
  run<T = Record<string, unknown>[]>(
    em: SqlEntityManager,
    values: Readonly<Record<Name, unknown>>,
  ): Promise<T> {
    const statement = (this.registered ??= this.prepared(em.getDriver().getPlatform()));
    return runPrepared<T>(
      em,
      statement,
      [...this.places.keys()].map((name) => values[name]),
    );
  }

  private registered: PreparedStatement | undefined;

  /**
   * The text with one `$n` per value, in the order of the names given to `of`; the builder's own
   * constants are written into the text by the platform, as MikroORM's `execute` wrote them.
   */
  private prepared(platform: {
    formatQuery(sql: string, params: readonly unknown[]): string;
  }): PreparedStatement {
    const number = new Map<number, number>();
    [...this.places.values()].forEach((at, k) => at.forEach((index) => number.set(index, k + 1)));
    const text = replacePlaceholders(this.sql, this.template.length, (index) => {
      const k = number.get(index);
      return k === undefined ? platform.formatQuery('?', [this.template[index]]) : `$${k}`;
    });
    return prepared(text);
  }
}
