import {
  raw,
  type Dictionary,
  type EntityKey,
  type EntityManager,
  type EntityName,
  type QueryOrderMap,
  type RequiredEntityData,
} from '@mikro-orm/core';

/**
 * MikroORM knows a property mapped through an accessor by its private backing field (`_active`
 * for `active`), a name the compiler cannot check. `fields(em, PartnerAccess, { active: true })`
 * takes the entity's public names, typed, and gives back the names the metadata uses, for
 * QueryBuilder filters and data. An undefined value is left out (no condition, no change); a
 * name no mapping knows throws rather than filtering nothing.
 */
export function fields<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  values: { [K in keyof T]?: unknown },
): Dictionary {
  const properties = em.getMetadata(entity).properties as Dictionary;
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => {
        const mapped = Object.hasOwn(properties, name) ? name : `_${name}`;
        if (!Object.hasOwn(properties, mapped)) throw new Error(`${String(name)} is not a mapped property`);
        return [mapped, value];
      }),
  );
}

/** `fields` as an ORDER BY. */
export function order<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  directions: { [K in keyof T]?: 'asc' | 'desc' },
): QueryOrderMap<T> {
  return fields(em, entity, directions) as QueryOrderMap<T>;
}

/** `fields` as an INSERT's data; the database checks that no required column is left out. */
export function insertData<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  values: { [K in keyof T]?: unknown },
): RequiredEntityData<T> {
  return fields(em, entity, values) as RequiredEntityData<T>;
}

/** The metadata's names for public property names, e.g. an ON CONFLICT target or merge list. */
export function names<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  properties: readonly (keyof T & string)[],
): EntityKey<T>[] {
  // The backing names are private to the domain class, so the compiler cannot name their type.
  return Object.keys(
    fields(em, entity, Object.fromEntries(properties.map((name) => [name, true])) as never),
  ) as EntityKey<T>[];
}

/**
 * An ON CONFLICT ... DO UPDATE condition that holds when the proposed row (`excluded`) differs
 * from the stored one in any of `properties`, nulls compared as values (IS DISTINCT FROM). The
 * QueryBuilder's where objects compare a column with a value, not two rows, hence raw SQL built
 * from the mapping's column names.
 */
export function differsFromStored<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  properties: readonly (keyof T & string)[],
) {
  const meta = em.getMetadata(entity);
  const columns = names(em, entity, properties).flatMap((name) => meta.properties[name].fieldNames);
  const row = (table: string) => `(${columns.map((column) => `${table}."${column}"`).join(', ')})`;
  return raw(`${row(`"${meta.tableName}"`)} is distinct from ${row('excluded')}`);
}

/** Every mapped column of `entity`, keyed by property: an INSERT's data, written from the mapping. */
export function columnsOf<T extends object>(em: EntityManager, entity: T): RequiredEntityData<T> {
  const meta = em.getMetadata((entity as { constructor: EntityName<T> }).constructor);
  return Object.fromEntries(
    meta.props
      .filter((prop) => prop.persist !== false)
      .map((prop) => [prop.name, (entity as Dictionary)[prop.name]]),
  ) as RequiredEntityData<T>;
}
