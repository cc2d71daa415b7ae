import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { CourseSessions } from '../../../domain/progress/course-sessions.js';
import { CourseUser } from '../../../domain/progress/course-user.js';
import type { ProgressRepository } from '../../../domain/progress/progress-repositories.js';
import { SessionUser } from '../../../domain/progress/session-user.js';
import type { CourseId, CourseUserId, SessionId, SessionUserId, UserId } from '../../../domain/shared/ids.js';
import { DetachedEntities } from './detached-entities.js';
import { insertData } from './entity-fields.js';
import { enqueueStatement } from './mikro-orm-profile-sync-queue.js';
import {
  courseSessionsOf,
  OPEN_SESSION_SQL,
  updateProgressRow,
  type OpenSessionRow,
} from './progress-statements.js';
import { numberPlaceholders, prepared, runPrepared, type PreparedStatement } from './prepared-statements.js';
import { ReusableStatement } from './reusable-statement.js';

type EnrolmentValue = 'id' | 'now' | 'userId' | 'courseId';
const mark = ReusableStatement.mark;
/** OPEN_SESSION_SQL with numbered placeholders, prepared on PostgreSQL (issue 14). */
const OPEN_SESSION = prepared(numberPlaceholders(OPEN_SESSION_SQL, 9));
/** MikroOrmProgressRepository.record's statement, built on first use (its text never changes). */
let recordStatement: PreparedStatement | undefined;

/**
 * One statement per method, so a progress call is five with the caller's lookup and the session
 * (issue 14). The rows handed out are detached from the identity map: `record` writes them, and
 * the transaction's closing flush must not write them a second time.
 */
export class MikroOrmProgressRepository implements ProgressRepository {
  private readonly detached: DetachedEntities;
  /** The QueryBuilder's upsert, built on first use and run again with each call's values. */
  private enrolment: ReusableStatement<EnrolmentValue> | undefined;

  constructor(private readonly em: SqlEntityManager) {
    this.detached = new DetachedEntities(em);
  }

  async lockEnrolment(
    userId: UserId,
    courseId: CourseId,
    newId: CourseUserId,
    now: Date,
  ): Promise<CourseUser> {
    const statement = (this.enrolment ??= this.enrolmentUpsert());
    const values = { id: newId, now, userId, courseId };
    const rows = await statement.run(this.em, values);
    if (!rows[0]) throw new Error('course_user upsert returned no row');
    return this.detached.of(CourseUser, rows[0]);
  }

  async openSession(
    enrolment: CourseUser,
    sessionId: SessionId,
    newId: SessionUserId,
    now: Date,
  ): Promise<{ progress: SessionUser; course: CourseSessions }> {
    // Raw SQL: a find-or-insert and a read in one statement (a data-modifying WITH whose
    // RETURNING is unioned with a read), which the QueryBuilder cannot compose; prepared.
    const rows = await runPrepared<OpenSessionRow[]>(this.em, OPEN_SESSION, [
      enrolment.userId,
      enrolment.courseId,
      newId,
      enrolment.id,
      sessionId,
      now,
      now,
      sessionId,
      enrolment.courseId,
    ]);
    const course = courseSessionsOf(rows);
    // The session's first row is its preferred one (completed, else oldest): the one a call changes.
    const row = rows.find((candidate) => candidate.session_id === sessionId && candidate.id !== null);
    if (!course || !row) throw new Error('session_user neither found nor added');
    const { id, course_user_id, session_id, completed, completed_at, created_at, updated_at } = row;
    const columns: Record<string, unknown> = {
      id,
      course_user_id,
      session_id,
      completed,
      completed_at,
      created_at,
      updated_at,
    };
    const progress = this.detached.of(SessionUser, columns);
    return { progress, course };
  }

  async record(enrolment: CourseUser, progress: SessionUser): Promise<void> {
    const job = enqueueStatement(enrolment.userId, 'chat_profile');
    const state = (row: SessionUser | CourseUser) => [row.completed, row.completedAt, row.updatedAt, row.id];
    // Raw SQL: three writes in one statement, the outbox upsert (raw, enqueueStatement) carrying
    // the two rows' updates in WITH clauses; each update's IS DISTINCT FROM between two rows is
    // no condition the QueryBuilder's where objects can say. Its text is fixed: prepared.
    recordStatement ??= prepared(
      numberPlaceholders(
        `with session_progress as (${updateProgressRow('"session_user"')}),
            enrolment as (${updateProgressRow('course_user')})
       ${job.sql}`,
        8 + job.params.length,
      ),
    );
    await runPrepared(
      this.em,
      recordStatement,
      [...state(progress), ...state(enrolment), ...job.params],
      'run',
    );
  }

  /**
   * Inserts the row, or updates the existing one to nothing, which locks it like FOR UPDATE. A
   * concurrent insert makes this wait for it, then take the existing-row path; neither path
   * aborts the transaction.
   */
  private enrolmentUpsert(): ReusableStatement<EnrolmentValue> {
    const qb = this.em
      .createQueryBuilder(CourseUser)
      .insert(
        insertData(this.em, CourseUser, {
          id: mark('id'),
          createdAt: mark('now'),
          updatedAt: mark('now'),
          userId: mark('userId'),
          courseId: mark('courseId'),
        }),
      )
      .onConflict(['userId', 'courseId'])
      .merge({ userId: raw('excluded.user_id') })
      .returning('*');
    return ReusableStatement.of(qb, ['id', 'now', 'userId', 'courseId']);
  }
}
