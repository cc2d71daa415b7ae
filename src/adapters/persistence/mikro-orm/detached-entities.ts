import type { Dictionary, EntityData, EntityDictionary, EntityManager, EntityName } from '@mikro-orm/core';

/**
 * Database rows (column names) as entities that no identity map holds, hydrated by MikroORM's
 * own entity factory: a flush never writes them, so they are for rows only read, or written by
 * the adapter itself. `em.map(…, { disableIdentityMap: true })` does the same by forking a whole
 * EntityManager per row, which a progress call paid twice (docs/performance.md). The factory
 * is a fork's, made once, whose identity map stays empty (nothing is merged into it), so a row
 * never comes back as an entity loaded elsewhere.
 */
export class DetachedEntities {
  private readonly em: EntityManager;

  constructor(em: EntityManager) {
    this.em = em.fork();
  }

  of<T extends object>(entity: EntityName<T>, row: Dictionary): T {
    const data = this.em
      .getDriver()
      .mapResult(row as EntityDictionary<T>, this.em.getMetadata(entity)) as EntityData<T>;
    return this.em.getEntityFactory().create(entity, data, { merge: false, convertCustomTypes: true }) as T;
  }
}
