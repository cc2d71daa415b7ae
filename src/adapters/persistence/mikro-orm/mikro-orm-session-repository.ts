import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Session, type SessionContent } from '../../../domain/content/session.js';
import type { SessionRepository } from '../../../domain/content/content-repositories.js';
import type { SessionId } from '../../../domain/shared/ids.js';

/** `em` is the global manager: inside a unit of work it resolves to the transaction's fork. */
export class MikroOrmSessionRepository implements SessionRepository {
  constructor(private readonly em: SqlEntityManager) {}

  findById(id: SessionId): Promise<Session | null> {
    return this.em.findOne(Session, { id });
  }

  findByStoryblokId(storyblokId: number): Promise<Session | null> {
    return this.em.findOne(Session, backing({ storyblokId }));
  }

  findByStoryblokUuid(storyblokUuid: string): Promise<Session | null> {
    return this.em.findOne(Session, backing({ storyblokUuid }));
  }

  findByStoryblokIdForShare(storyblokId: number): Promise<Session | null> {
    return this.em.findOne(Session, backing({ storyblokId }), FOR_SHARE);
  }

  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Session | null> {
    return this.em.findOne(Session, backing({ storyblokUuid }), FOR_SHARE);
  }

  async upsertPublished(content: SessionContent, newId: SessionId, now: Date): Promise<Session> {
    // The WHERE keeps a replay from touching updated_at: nothing changed, nothing is written.
    await this.em.execute(
      `insert into session (id, created_at, updated_at, name, slug, status, storyblok_id, storyblok_uuid, course_id)
       values (?, ?, ?, ?, ?, 'published', ?, ?, ?)
       on conflict (storyblok_id) do update
          set name = excluded.name, slug = excluded.slug, status = excluded.status,
              storyblok_uuid = excluded.storyblok_uuid, course_id = excluded.course_id,
              updated_at = excluded.updated_at
        where (session.name, session.slug, session.status, session.storyblok_uuid, session.course_id)
              is distinct from
              (excluded.name, excluded.slug, excluded.status, excluded.storyblok_uuid, excluded.course_id)`,
      [
        newId,
        now,
        now,
        content.name,
        content.slug,
        content.storyblokId,
        content.storyblokUuid,
        content.courseId,
      ],
    );
    return this.em.findOneOrFail(Session, backing({ storyblokId: content.storyblokId }), { refresh: true });
  }

  async save(session: Session): Promise<void> {
    await this.em.persist(session).flush();
  }
}

/** `refresh`: a session the request's context already holds is read again, under the lock. */
const FOR_SHARE = { lockMode: LockMode.PESSIMISTIC_READ, refresh: true } as const;

/**
 * Properties mapped through an accessor are known to MikroORM by their backing field
 * (`_storyblokId`), so filters on them name that field.
 */
function backing(filter: { storyblokId?: number; storyblokUuid?: string }): FilterQuery<Session> {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [`_${key}`, value]),
  ) as FilterQuery<Session>;
}
