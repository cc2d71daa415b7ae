import type { SessionRepository } from '../../domain/content/content-repositories.js';
import { SessionNotFound } from '../../domain/content/content-errors.js';
import type { CourseProgressView } from '../../domain/profile/profile-views.js';
import { courseProgressOf, standingsOf } from '../../domain/progress/course-sessions.js';
import type { ProgressChange } from '../../domain/progress/progress-change.js';
import type { ProgressRepository } from '../../domain/progress/progress-repositories.js';
import type { SessionRef } from '../../domain/progress/session-ref.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { CourseUserId, SessionUserId, UserId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export interface SessionProgressInput {
  userId: UserId;
  session: SessionRef;
  /** `POST /session-user` starts, `/complete` completes, `/incomplete` undoes. */
  change: ProgressChange;
}

/**
 * SPEC.md 7.2, the three progress calls: ensure the user's course_user and session_user rows,
 * apply the change, recompute the course, enqueue the profile sync, and answer the course's
 * progress, all in one transaction. Which session accepts which call is Session's rule; when a
 * course is completed is CourseUser's. The course is read once, after the locks, and that one
 * read serves the recomputation and the answer (issue 14: at most 5 statements a call).
 */
export class RecordSessionProgress {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly progress: ProgressRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: SessionProgressInput): Promise<CourseProgressView> {
    return this.uow.run(async () => {
      // Share-locked until the end: a delivery moving the session waits for this call, or this
      // call waits for it and reads where the session is now, so every step below (and the
      // answer) is about the course the session belongs to (SPEC.md 7.2).
      const session =
        'storyblokId' in input.session
          ? await this.sessions.findByStoryblokIdForShare(input.session.storyblokId)
          : await this.sessions.findByStoryblokUuidForShare(input.session.storyblokUuid);
      if (!session?.acceptsProgress(input.change)) throw new SessionNotFound();
      const now = this.clock.now();

      // The course row is locked before anything of the course is read, so calls for one user
      // and course run one at a time and each recomputation sees the others' completions.
      const enrolment = await this.progress.lockEnrolment(
        input.userId,
        session.courseId,
        this.ids.uuid() as CourseUserId,
        now,
      );
      const { progress, course } = await this.progress.openSession(
        enrolment,
        session.id,
        this.ids.uuid() as SessionUserId,
        now,
      );
      if (input.change === 'complete') progress.complete(now);
      if (input.change === 'incomplete') progress.reopen(now);
      enrolment.recompute(standingsOf(course, progress), now);

      // The changed rows and the profile-sync job (SPEC.md 8's outbox) in one write.
      await this.progress.record(enrolment, progress);
      return courseProgressOf(course, enrolment, progress);
    });
  }
}
