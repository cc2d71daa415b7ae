import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryEventLog } from '../../../src/adapters/persistence/in-memory/in-memory-event-log.js';
import { InMemoryFeedbackRepository } from '../../../src/adapters/persistence/in-memory/in-memory-feedback-repository.js';
import { InMemoryResourceRepository } from '../../../src/adapters/persistence/in-memory/in-memory-resource-repository.js';
import { InMemoryResourceUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-resource-user-repository.js';
import { InMemorySessionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-session-repository.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { LogEvent } from '../../../src/application/event-log/log-event.js';
import { PurgeEventLog } from '../../../src/application/event-log/purge-event-log.js';
import { GiveResourceFeedback } from '../../../src/application/feedback/give-resource-feedback.js';
import { GiveSessionFeedback } from '../../../src/application/feedback/give-session-feedback.js';
import { RecordResourceProgress } from '../../../src/application/resource-progress/record-resource-progress.js';
import { ResourceNotFound, SessionNotFound } from '../../../src/domain/content/content-errors.js';
import { resourceCategoryOf } from '../../../src/domain/content/resource.js';
import {
  InvalidFeedbackDescription,
  normaliseFeedbackDescription,
} from '../../../src/domain/feedback/feedback.js';
import type { ResourceId, SessionId, UserId } from '../../../src/domain/shared/ids.js';
import { FixedClock, SequentialIds } from '../user/user-harness.js';

const T0 = new Date('2026-06-01T10:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const USER = 'u0000000-0000-4000-8000-000000000001' as UserId;
const UUID = 'resource-uuid';

describe('resource progress (SPEC 13.3)', () => {
  let resources: InMemoryResourceRepository;
  let progress: InMemoryResourceUserRepository;
  let clock: FixedClock;
  let record: RecordResourceProgress;
  let resourceId: ResourceId;

  beforeEach(async () => {
    resources = new InMemoryResourceRepository();
    progress = new InMemoryResourceUserRepository();
    clock = new FixedClock(T0);
    record = new RecordResourceProgress(
      resources,
      progress,
      new InMemoryUnitOfWork(),
      clock,
      new SequentialIds(),
    );
    const content = {
      storyblokId: 3001,
      storyblokUuid: UUID,
      name: 'Short',
      slug: 's',
      category: 'short_video' as const,
    };
    resourceId = (await resources.upsertPublished(content, 'r1' as ResourceId, T0)).id;
  });
  const call = (change: 'start' | 'complete' | 'incomplete') =>
    record.execute({ userId: USER, storyblokUuid: UUID, change });

  it('starts without completing, completes keeping the first time, and un-completes', async () => {
    expect(await call('start')).toMatchObject({
      id: resourceId,
      completed: false,
      completedAt: null,
      createdAt: T0,
    });
    clock.current = later(1);
    expect(await call('complete')).toMatchObject({
      completed: true,
      completedAt: later(1),
      updatedAt: later(1),
    });
    clock.current = later(2);
    expect(await call('complete')).toMatchObject({ completedAt: later(1), updatedAt: later(1) });
    expect(await call('start')).toMatchObject({ completedAt: later(1) });
    clock.current = later(3);
    expect(await call('incomplete')).toMatchObject({
      completed: false,
      completedAt: null,
      updatedAt: later(3),
    });
    expect(progress.all()).toHaveLength(1);
  });

  it('creates the row completed on a first complete (upstream created it uncompleted)', async () => {
    expect(await call('complete')).toMatchObject({ completed: true, completedAt: T0 });
  });

  it('refuses unknown and withdrawn resources, except that incomplete accepts a withdrawn one', async () => {
    await expect(
      record.execute({ userId: USER, storyblokUuid: 'nope', change: 'incomplete' }),
    ).rejects.toThrow(ResourceNotFound);
    const stored = await resources.findById(resourceId);
    stored?.withdraw('unpublished', later(1));
    await expect(call('start')).rejects.toThrow(ResourceNotFound);
    await expect(call('complete')).rejects.toThrow(ResourceNotFound);
    expect(await call('incomplete')).toMatchObject({ status: 'unpublished', completed: false });
  });

  it('maps only the three resource components to categories', () => {
    expect(resourceCategoryOf('resource_short_video')).toBe('short_video');
    expect(resourceCategoryOf('resource_single_video')).toBe('single_video');
    expect(resourceCategoryOf('resource_conversation')).toBe('resource_conversation');
    for (const other of ['Course', 'Session', 'toString', null]) expect(resourceCategoryOf(other)).toBeNull();
  });
});

describe('feedback (SPEC 13.4)', () => {
  const clock = new FixedClock(T0);
  it('stores session and resource feedback of any status, anonymous, description cleaned', async () => {
    const sessions = new InMemorySessionRepository();
    const resources = new InMemoryResourceRepository();
    const feedback = new InMemoryFeedbackRepository();
    const session = await sessions.upsertPublished(
      { storyblokId: 1, storyblokUuid: 's', name: 'S', slug: 's', courseId: 'c' as never },
      's1' as SessionId,
      T0,
    );
    session.withdraw('deleted', T0);
    const stored = await new GiveSessionFeedback(sessions, feedback, clock, new SequentialIds()).execute({
      sessionId: session.id,
      feedbackTags: 'inspiring',
      feedbackDescription: ' \u0007Thanks\r ',
    });
    expect(stored).toMatchObject({
      sessionId: session.id,
      feedbackTags: 'inspiring',
      feedbackDescription: 'Thanks',
    });
    expect(Object.keys(stored)).not.toContain('userId');
    const giveResource = new GiveResourceFeedback(resources, feedback, clock, new SequentialIds());
    await expect(
      giveResource.execute({ resourceId: 'missing' as ResourceId, feedbackTags: 'useful' }),
    ).rejects.toThrow(ResourceNotFound);
    await expect(
      new GiveSessionFeedback(sessions, feedback, clock, new SequentialIds()).execute({
        sessionId: 'missing' as SessionId,
        feedbackTags: 'useful',
      }),
    ).rejects.toThrow(SessionNotFound);
    expect(feedback.rows).toHaveLength(1);
  });

  it('keeps tabs and newlines, strips other control characters, and refuses over 5000 code points', async () => {
    expect(normaliseFeedbackDescription('\u0000a\tb\nc\u001f\u007f\u0085 ')).toBe('a\tb\nc');
    const sessions = new InMemorySessionRepository();
    const session = await sessions.upsertPublished(
      { storyblokId: 1, storyblokUuid: 's', name: 'S', slug: 's', courseId: 'c' as never },
      's1' as SessionId,
      T0,
    );
    const give = new GiveSessionFeedback(
      sessions,
      new InMemoryFeedbackRepository(),
      clock,
      new SequentialIds(),
    );
    const input = (text: string) => ({
      sessionId: session.id,
      feedbackTags: 'useful' as const,
      feedbackDescription: text,
    });
    expect((await give.execute(input('😀'.repeat(5000)))).feedbackDescription).toHaveLength(10_000);
    await expect(give.execute(input('x'.repeat(5001)))).rejects.toThrow(InvalidFeedbackDescription);
  });
});

describe('the event log (SPEC 13.5)', () => {
  it('sets the user and date, keeps only a trimmed title cut to 255 code points', async () => {
    const log = new InMemoryEventLog();
    const logEvent = new LogEvent(log, new FixedClock(T0), new SequentialIds());
    const entry = await logEvent.execute({
      userId: USER,
      event: 'LOGGED_IN',
      metadata: { title: ` ${'😀'.repeat(300)} ` },
    });
    expect(entry).toMatchObject({ userId: USER, event: 'LOGGED_IN', date: T0, createdAt: T0 });
    expect([...(entry.metadata.title ?? '')]).toHaveLength(255);
    expect((await logEvent.execute({ userId: USER, event: 'LOGGED_OUT' })).metadata).toEqual({});
  });

  it('purges entries dated before now minus the retention days, and keeps the rest', async () => {
    const log = new InMemoryEventLog();
    const clock = new FixedClock(T0);
    const logEvent = new LogEvent(log, clock, new SequentialIds());
    const day = 24 * 60 * 60_000;
    for (const age of [731, 730, 729]) {
      clock.current = new Date(T0.getTime() - age * day);
      await logEvent.execute({ userId: USER, event: 'LOGGED_IN' });
    }
    clock.current = T0;
    const purged = await new PurgeEventLog(log, clock, 730).execute();
    expect(purged).toEqual({ deleted: 1, cutoff: new Date(T0.getTime() - 730 * day) });
    expect(log.rows.map((row) => row.date)).toEqual([
      new Date(T0.getTime() - 730 * day),
      new Date(T0.getTime() - 729 * day),
    ]);
  });
});
