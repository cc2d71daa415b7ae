/**
 * What course_user and session_user rows share: whether the user completed the thing, since
 * when, and when that last changed. Not an entity of its own: each keeps its own table.
 */
export abstract class ProgressRecord {
  constructor(
    private _updatedAt: Date,
    private _completed = false,
    private _completedAt: Date | null = null,
  ) {}

  get updatedAt(): Date {
    return this._updatedAt;
  }
  get completed(): boolean {
    return this._completed;
  }
  get completedAt(): Date | null {
    return this._completedAt;
  }

  /** completedAt is when it last became completed, and is cleared when it stops being; a repeat changes nothing. */
  protected markCompleted(done: boolean, now: Date): void {
    if (done === this._completed) return;
    this._completed = done;
    this._completedAt = done ? now : null;
    this._updatedAt = now;
  }
}
