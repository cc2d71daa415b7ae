import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Session, type SessionContent } from '../../../domain/content/session.js';
import type { SessionRepository } from '../../../domain/content/content-repositories.js';
import type { SessionId } from '../../../domain/shared/ids.js';
import { differsFromStored, fields, insertData, names } from './entity-fields.js';
import { ReusableStatement } from './reusable-statement.js';

type Key = 'storyblokId' | 'storyblokUuid';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmSessionRepository implements SessionRepository {
  /** The share-locked reads every progress call starts with, built on first use (in a transaction). */
  private readonly forShare = new Map<Key, ReusableStatement<'value'>>();

  constructor(private readonly em: SqlEntityManager) {}

  findById(id: SessionId): Promise<Session | null> {
    return this.em.findOne(Session, { id });
  }

  findByStoryblokId(storyblokId: number): Promise<Session | null> {
    return this.em.findOne(Session, this.byStoryblokId(storyblokId));
  }

  findByStoryblokUuid(storyblokUuid: string): Promise<Session | null> {
    return this.em.findOne(Session, this.byStoryblokUuid(storyblokUuid));
  }

  findByStoryblokIdForShare(storyblokId: number): Promise<Session | null> {
    return this.findForShare('storyblokId', storyblokId);
  }

  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Session | null> {
    return this.findForShare('storyblokUuid', storyblokUuid);
  }

  async upsertPublished(content: SessionContent, newId: SessionId, now: Date): Promise<Session> {
    const changed = ['name', 'slug', 'status', 'storyblokUuid', 'courseId'] as const;
    await this.em
      .createQueryBuilder(Session)
      .insert(
        insertData(this.em, Session, {
          id: newId,
          createdAt: now,
          updatedAt: now,
          name: content.name,
          slug: content.slug,
          status: 'published',
          storyblokId: content.storyblokId,
          storyblokUuid: content.storyblokUuid,
          courseId: content.courseId,
        }),
      )
      .onConflict(names(this.em, Session, ['storyblokId']))
      .merge(names(this.em, Session, [...changed, 'updatedAt']))
      // A replay changes nothing, so it writes nothing (updated_at stays).
      .where(differsFromStored(this.em, Session, changed))
      .execute('run');
    return this.em.findOneOrFail(Session, this.byStoryblokId(content.storyblokId), { refresh: true });
  }

  async save(session: Session): Promise<void> {
    await this.em.persist(session).flush();
  }

  /**
   * `findOne` with a share lock, its SQL built once: building it was a sizeable part of every
   * progress call (docs/performance.md). `em.map` refreshes a copy the request already holds, so
   * the session is read under the lock, as `refresh: true` did.
   */
  private async findForShare(key: Key, value: number | string): Promise<Session | null> {
    let statement = this.forShare.get(key);
    if (!statement) {
      const qb = this.em
        .createQueryBuilder(Session)
        .where(fields(this.em, Session, { [key]: ReusableStatement.mark('value') }))
        .limit(1)
        .setLockMode(LockMode.PESSIMISTIC_READ);
      statement = ReusableStatement.of(qb, ['value']);
      this.forShare.set(key, statement);
    }
    const rows = await statement.run(this.em, { value });
    return rows[0] ? this.em.map(Session, rows[0]) : null;
  }

  private byStoryblokId(storyblokId: number) {
    return fields(this.em, Session, { storyblokId });
  }

  private byStoryblokUuid(storyblokUuid: string) {
    return fields(this.em, Session, { storyblokUuid });
  }
}
