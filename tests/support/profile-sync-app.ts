import { RequestContext } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { chatProfileOf, type ChatProfile } from '../../src/domain/chat-profile/chat-profile.js';
import { AccountReader, CourseProgressReader } from '../../src/domain/profile/profile-readers.js';
import { ProfileSyncQueue } from '../../src/domain/profile-sync/profile-sync-queue.js';
import type { UserId } from '../../src/domain/shared/ids.js';
import { UnitOfWork } from '../../src/domain/shared/unit-of-work.js';
import { silentLogger } from '../../src/infrastructure/logger.js';
import {
  profileSyncWorker,
  type WorkerOptions,
} from '../../src/infrastructure/modules/profile-sync.module.js';
import { resolver } from '../../src/infrastructure/modules/provide.js';
import { FakeCrisp } from './fake-crisp.js';
import type { DatabaseKind } from './test-database.js';
import { createTestApplication, lateBound, type TestApplication } from './test-app.js';

/** Backoff and polling in milliseconds, so a test sees many retries and a give-up in seconds. */
export const FAST_WORKER: WorkerOptions = {
  retry: { firstDelayMs: 20, maxDelayMs: 100, giveUpAfterMs: 60_000 },
  delivery: { batchSize: 5, leaseMs: 60_000, abandonedHoldMs: 200 },
  timing: { pollMs: 10, reportMs: 60_000, stopGraceMs: 100 },
};

/** Resolves once `check` passes (it throws or returns false until then), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T> | T, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result;
      if (Date.now() > deadline) throw new Error('still false');
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((wake) => setTimeout(wake, 25));
  }
}

/**
 * Registers hooks for a suite that drives the real app with CRISP_* pointing at a loopback
 * fake Crisp: both started before the suite, stopped after it, reset before each test.
 */
export function useProfileSyncApp(options: { kind?: DatabaseKind; env?: Record<string, string> } = {}) {
  const app = lateBound<TestApplication>('the test application');
  const fake = lateBound<FakeCrisp>('the fake Crisp');
  const t = app.proxy;
  const crisp = fake.proxy;

  beforeAll(async () => {
    const started = await FakeCrisp.start();
    fake.set(started);
    app.set(await createTestApplication({ kind: options.kind, env: { ...started.env, ...options.env } }));
  });
  afterAll(async () => {
    await t.close();
    await crisp.stop();
  });
  beforeEach(async () => {
    await t.database.reset();
    crisp.reset();
  });

  const get = () => resolver(t.container);
  const scope = <T>(work: () => Promise<T>) => RequestContext.create(t.database.orm.em, work);
  /** A worker over the app's ports, not started; `options` as the tests need them. */
  const worker = (workerOptions: WorkerOptions = FAST_WORKER) =>
    profileSyncWorker(get(), t.database.orm, t.config, silentLogger(), workerOptions);
  /** Delivers rounds until nothing is due: what a running worker does, without its timers. */
  const deliverAll = async (workerOptions: WorkerOptions = FAST_WORKER) => {
    const { deliver } = worker(workerOptions);
    for (;;) if ((await scope(() => deliver.execute())).leased === 0) return;
  };
  /** Enqueues a user's job as a use case would, for scenes written straight into the database. */
  const enqueue = (userId: string) =>
    scope(() => get()(UnitOfWork).run(() => get()(ProfileSyncQueue).enqueue(userId as UserId)));
  /** The profile the database describes now, or null for a deleted or unknown user. */
  const expectedProfile = (userId: string, now = new Date()): Promise<ChatProfile | null> =>
    scope(async () => {
      const account = await get()(AccountReader).account(userId as UserId);
      if (!account || account.user.deletedAt) return null;
      const courses = await get()(CourseProgressReader).forUser(userId as UserId);
      return chatProfileOf({ ...account, courses }, now);
    });
  const sql = (query: string, params: unknown[] = []) =>
    t.database.orm.em.getConnection().execute(query, params);

  return { t, crisp, worker, deliverAll, enqueue, expectedProfile, sql };
}

/** The person the fake holds, in the ChatProfile's shape, for comparing with expectedProfile. */
export function storedProfile(crisp: FakeCrisp, email: string) {
  const person = crisp.people.get(email);
  if (!person) return null;
  return {
    email: person.email,
    nickname: person.person.nickname,
    locales: person.person.locales,
    segments: person.segments,
    data: person.data,
  };
}
