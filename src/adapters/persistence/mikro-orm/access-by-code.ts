import { LockMode, sql, type Dictionary, type EntityName } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Partner } from '../../../domain/partner/partner.js';
import type { AccessCode } from '../../../domain/partner-access/access-code.js';
import { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type { CodedAccess } from '../../../domain/partner-access/partner-access-repository.js';
import { DetachedEntities } from './detached-entities.js';
import { fields } from './entity-fields.js';
import { ReusableStatement } from './reusable-statement.js';

/** Where the partner's columns are in a row: after this prefix (the access's keep their names). */
const PARTNER = 'partner__';

/**
 * An access by its code, joined with its partner: one statement for SPEC 6.2's checks (two
 * `findOne`s were two round trips, and building them a third of validate-code's server time).
 * The QueryBuilder writes each variant once, the locked one on its first use, inside a
 * transaction as it requires. A locked read is hydrated into the request's identity map
 * (`em.map`), so a claimed access is saved like any loaded one; a plain read only answers the
 * checks, so its rows are hydrated detached, which costs half as much (docs/performance.md).
 */
export class AccessByCode {
  private plain: ReusableStatement<'code'> | undefined;
  private locked: ReusableStatement<'code'> | undefined;
  private readonly detached: DetachedEntities;

  constructor(private readonly em: SqlEntityManager) {
    this.detached = new DetachedEntities(em);
  }

  /**
   * `lock`: the access row (not the partner's) is locked until the transaction ends, and read in
   * its latest committed version; `em.map` refreshes a copy loaded earlier in the request.
   */
  async find(code: AccessCode, lock: boolean): Promise<CodedAccess | null> {
    const statement = lock ? (this.locked ??= this.build(true)) : (this.plain ??= this.build(false));
    const rows = await statement.run<Dictionary[]>(this.em, { code });
    const row = rows[0];
    if (!row) return null;
    const accessRow: Dictionary = {};
    const partnerRow: Dictionary = {};
    for (const [key, value] of Object.entries(row)) {
      if (key.startsWith(PARTNER)) partnerRow[key.slice(PARTNER.length)] = value;
      else accessRow[key] = value;
    }
    if (lock)
      return { access: this.em.map(PartnerAccess, accessRow), partner: this.em.map(Partner, partnerRow) };
    return {
      access: this.detached.of(PartnerAccess, accessRow),
      partner: this.detached.of(Partner, partnerRow),
    };
  }

  private build(lock: boolean): ReusableStatement<'code'> {
    // The mappings hold ids, not relations, so the join names its table (sql.ref).
    const qb = this.em
      .createQueryBuilder(PartnerAccess, 'pa')
      .select([
        'pa.*',
        ...columns(this.em, Partner).map((column) => sql.ref(`p.${column}`).as(`${PARTNER}${column}`)),
      ])
      .join(sql.ref('partner'), 'p', { 'p.id': sql.ref('pa.partner_id') })
      .where(fields(this.em, PartnerAccess, { accessCode: ReusableStatement.mark('code') }));
    if (lock) qb.setLockMode(LockMode.PESSIMISTIC_WRITE, ['pa']);
    return ReusableStatement.of(qb, ['code']);
  }
}

function columns(em: SqlEntityManager, entity: EntityName<object>): string[] {
  return em
    .getMetadata(entity)
    .props.filter((prop) => prop.persist !== false)
    .flatMap((prop) => prop.fieldNames);
}
