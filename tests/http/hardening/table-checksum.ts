import type { MikroORM } from '@mikro-orm/core';

/**
 * Row count and an md5 of every row of every table (the migrations' bookkeeping aside), in one
 * statement: two equal snapshots mean nothing was written in between.
 */
export async function tableChecksums(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const tables: { table_name: string }[] = await connection.execute(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'
      order by table_name`,
  );
  // Raw SQL: one aggregate per table, whatever its columns (the row's text form is hashed).
  const sql = tables
    .map(
      ({ table_name }) =>
        `select '${table_name}' as name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as sum from "${table_name}" x`,
    )
    .join(' union all ');
  const rows: { name: string; sum: string }[] = await connection.execute(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}
