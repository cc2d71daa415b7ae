import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Session, type SessionContent } from '../../../domain/content/session.js';
import type { SessionRepository } from '../../../domain/content/content-repositories.js';
import type { SessionId } from '../../../domain/shared/ids.js';
import { differsFromStored, fields, insertData, names } from './entity-fields.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmSessionRepository implements SessionRepository {
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
    return this.em.findOne(Session, this.byStoryblokId(storyblokId), FOR_SHARE);
  }

  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Session | null> {
    return this.em.findOne(Session, this.byStoryblokUuid(storyblokUuid), FOR_SHARE);
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

  private byStoryblokId(storyblokId: number) {
    return fields(this.em, Session, { storyblokId });
  }

  private byStoryblokUuid(storyblokUuid: string) {
    return fields(this.em, Session, { storyblokUuid });
  }
}

/** `refresh`: a session the request's context already holds is read again, under the lock. */
const FOR_SHARE = { lockMode: LockMode.PESSIMISTIC_READ, refresh: true } as const;
