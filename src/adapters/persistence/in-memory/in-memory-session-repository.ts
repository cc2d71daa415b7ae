import { Session, type SessionContent } from '../../../domain/content/session.js';
import type { SessionRepository } from '../../../domain/content/content-repositories.js';
import type { SessionId } from '../../../domain/shared/ids.js';
import { InMemoryPublishedContentStore } from './in-memory-published-content-store.js';

export class InMemorySessionRepository
  extends InMemoryPublishedContentStore<SessionId, Session, SessionContent>
  implements SessionRepository
{
  constructor() {
    super(Session.publish);
  }

  /** Nothing to lock: the in-memory unit of work already runs units one at a time. */
  findByStoryblokIdForShare(storyblokId: number): Promise<Session | null> {
    return this.findByStoryblokId(storyblokId);
  }

  findByStoryblokUuidForShare(storyblokUuid: string): Promise<Session | null> {
    return this.findByStoryblokUuid(storyblokUuid);
  }

  /** A story that moved the session to another course is a change: it re-parents the session. */
  protected override unchanged(existing: Session, content: SessionContent): boolean {
    return super.unchanged(existing, content) && existing.courseId === content.courseId;
  }
}
