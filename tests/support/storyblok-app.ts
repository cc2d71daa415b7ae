import { createHmac } from 'node:crypto';
import type { DependencyContainer } from 'tsyringe';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { FakeStoryblok } from './fake-storyblok.js';
import type { DatabaseKind } from './test-database.js';
import { createTestApplication, lateBound, type TestApplication } from './test-app.js';

export const STORYBLOK_WEBHOOK_URL = '/api/webhooks/storyblok';

/** Storyblok's `webhook-signature`: the hex HMAC-SHA1 of the raw body. */
export function storyblokSignature(raw: string, secret: string): string {
  return createHmac('sha1', secret).update(raw).digest('hex');
}

/**
 * Registers hooks for a suite that drives the real app against a fake Storyblok: both started
 * before its tests (the app with STORYBLOK_* pointing at the fake and `secret` as the webhook
 * secret), both stopped after them, and the database and fake reset before each test (before
 * the suite's own beforeEach hooks). `t` and `storyblok` forward to the started ones.
 */
export function useStoryblokApp(options: {
  secret: string;
  kind?: DatabaseKind;
  /** Replaces registrations in the app's container, given the started fake. */
  override?: (storyblok: FakeStoryblok) => (container: DependencyContainer) => void;
}) {
  const app = lateBound<TestApplication>('the test application');
  const fake = lateBound<FakeStoryblok>('the fake Storyblok');
  const t = app.proxy;
  const storyblok = fake.proxy;

  beforeAll(async () => {
    const started = await FakeStoryblok.start();
    fake.set(started);
    app.set(
      await createTestApplication({
        kind: options.kind,
        env: {
          STORYBLOK_API_URL: started.url,
          STORYBLOK_TOKEN: started.token,
          STORYBLOK_WEBHOOK_SECRET: options.secret,
        },
        override: options.override?.(started),
      }),
    );
  });
  afterAll(async () => {
    await t.close();
    await storyblok.stop();
  });
  beforeEach(async () => {
    await t.database.reset();
    storyblok.reset();
  });

  const sign = (raw: string, secret = options.secret) => storyblokSignature(raw, secret);
  /**
   * POSTs a delivery to the webhook: `body` as is when a string, else as JSON; signed with the
   * suite's secret unless `signature` is given (null sends no signature header).
   */
  const deliver = (body: unknown, signature?: string | null) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const header = signature === undefined ? sign(raw) : signature;
    if (header !== null) headers['webhook-signature'] = header;
    return t.app.request(STORYBLOK_WEBHOOK_URL, { method: 'POST', headers, body: raw });
  };
  const rows = (sql: string) => t.database.orm.em.getConnection().execute(sql);
  /** Every course, session and course-partner row, in a stable order. */
  const snapshot = async () => ({
    courses: await rows(
      `select id, name, slug, status, storyblok_id, storyblok_uuid, updated_at from course order by id`,
    ),
    sessions: await rows(`select id, name, status, course_id, updated_at from session order by id`),
    partners: await rows(
      `select course_id, partner_id, active, updated_at from course_partner order by partner_id`,
    ),
  });

  return { t, storyblok, sign, deliver, rows, snapshot };
}
