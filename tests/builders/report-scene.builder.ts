import { RequestContext } from '@mikro-orm/core';
import type { DependencyContainer } from 'tsyringe';
import { InMemoryIdentityProvider } from '../../src/adapters/auth/in-memory-identity-provider.js';
import { IdentityProvider } from '../../src/domain/identity/identity-provider.js';
import { Clock } from '../../src/domain/shared/clock.js';
import type { FeatureId, PartnerAdminId, PartnerId, UserId } from '../../src/domain/shared/ids.js';
import type { UseCases } from '../../src/infrastructure/container.js';
import { insertCourse, insertSession, insertUser } from '../support/fixtures.js';
import type { TestApplication } from '../support/test-app.js';

/** A clock the scene moves by hand, so every row's timestamps are known. */
export class SceneClock implements Clock {
  current = new Date('2026-01-01T00:00:00Z');
  now(): Date {
    return this.current;
  }
}

/** Swaps in the scene's clock and an in-memory identity provider (sign-ups need no Firebase). */
export function reportSceneOverride(clock: SceneClock) {
  return (container: DependencyContainer) => {
    container.register(Clock, { useValue: clock });
    container.register(IdentityProvider, { useValue: new InMemoryIdentityProvider() });
  };
}

const S1 = { storyblokId: 9101 };
const S2 = { storyblokId: 9102 };
const S3 = { storyblokId: 9201 };

/**
 * The known data of the summary tests, built through the use cases at fixed times around the
 * window [2026-03-01, 2026-04-01). The expected counts are in tests/http/reports-summary.test.ts.
 */
export async function buildReportScene(t: TestApplication, clock: SceneClock): Promise<void> {
  const orm = t.database.orm;
  // Each call in its own persistence scope, as each request gets one.
  const u = scoped(t.useCases, (work) => RequestContext.create(orm.em, work));
  const at = (iso: string) => void (clock.current = new Date(iso));

  at('2026-01-01T00:00:00Z');
  const bumble = (await u.createPartner.execute({ name: 'Bumble' })).id as PartnerId;
  const badoo = (await u.createPartner.execute({ name: 'Badoo' })).id as PartnerId;
  const adminUser = async (email: string) =>
    (await insertUser(orm, { email, created_at: '2025-06-01T00:00:00Z' })) as UserId;
  const admin = async (email: string, partnerId: PartnerId) => {
    const row = await u.createPartnerAdmin.execute({ userId: await adminUser(email), partnerId });
    return { id: row.id as PartnerAdminId, partnerId };
  };
  const bumbleAdmin = await admin('reports-admin-bumble@example.com', bumble);
  const badooAdmin = await admin('reports-admin-badoo@example.com', badoo);
  const features = await u.listFeatures.execute();
  const automatic = features.find((feature) => feature.name === 'AUTOMATIC_ACCESS_CODE');
  await u.createPartnerFeature.execute({
    partnerId: badoo,
    featureId: automatic?.id as FeatureId,
    active: true,
  });

  const courseA = await insertCourse(orm, { name: 'Healing from trauma', storyblok_id: 9100 });
  await insertSession(orm, { name: 'Grounding', course_id: courseA, storyblok_id: S1.storyblokId });
  await insertSession(orm, { name: 'Boundaries', course_id: courseA, storyblok_id: S2.storyblokId });
  const courseB = await insertCourse(orm, { name: 'Recovering', storyblok_id: 9200 });
  await insertSession(orm, { name: 'Rest', course_id: courseB, storyblok_id: S3.storyblokId });

  const mint = async (when: string, adminOf: typeof bumbleAdmin, therapy: number) => {
    at(when);
    const grant = {
      featureLiveChat: true,
      featureTherapy: therapy > 0,
      therapySessionsRemaining: therapy,
      therapySessionsRedeemed: 0,
    };
    return (await u.mintPartnerAccess.execute({ admin: adminOf, grant })).accessCode ?? '';
  };
  const codeA = await mint('2026-02-15T12:00:00Z', bumbleAdmin, 3);
  const codeB = await mint('2026-03-05T12:00:00Z', bumbleAdmin, 0);
  await mint('2026-03-06T12:00:00Z', bumbleAdmin, 0);
  const codeD = await mint('2026-03-02T12:00:00Z', badooAdmin, 1);

  const signUp = async (
    when: string,
    name: string,
    extra: { partnerAccessCode?: string; partnerId?: string } = {},
  ) => {
    at(when);
    const profile = await u.signUp.execute({
      name,
      email: `reports-${name}@example.com`,
      password: 'correct-horse-battery',
      contactPermission: false,
      ...extra,
    });
    return profile.user.id as UserId;
  };
  const pub1 = await signUp('2026-02-28T23:59:59.999Z', 'pub1');
  const pub2 = await signUp('2026-03-01T00:00:00.000Z', 'pub2');
  const pub3 = await signUp('2026-03-29T00:00:00.000Z', 'pub3');
  await signUp('2026-03-31T23:59:59.999Z', 'pub5');
  await signUp('2026-04-01T00:00:00.000Z', 'pub4');
  const code1 = await signUp('2026-03-10T09:00:00Z', 'code1', { partnerAccessCode: codeA });
  const code2 = await signUp('2026-03-15T09:00:00Z', 'code2', { partnerAccessCode: codeD });
  await signUp('2026-03-20T09:00:00Z', 'auto1', { partnerId: badoo });
  at('2026-03-25T09:00:00Z');
  await u.assignPartnerAccess.execute({ userId: pub2, code: codeB });

  // Visits: only the latest counts as "active".
  at('2026-03-05T09:00:00Z');
  await u.getMyProfile.execute(pub1);
  at('2026-04-02T09:00:00Z');
  await u.getMyProfile.execute(code1);

  const progress = async (when: string, userId: UserId, session: typeof S1, change: 'start' | 'complete') => {
    at(when);
    await u.recordSessionProgress.execute({ userId, session, change });
  };
  await progress('2026-02-28T23:59:59.999Z', pub1, S1, 'start');
  await progress('2026-03-03T10:00:00Z', pub1, S1, 'complete');
  await progress('2026-03-04T10:00:00Z', pub1, S2, 'complete');
  await progress('2026-03-01T00:00:00Z', pub2, S1, 'complete');
  await progress('2026-03-12T10:00:00Z', code1, S1, 'complete');
  await progress('2026-03-30T10:00:00Z', pub3, S3, 'complete');
  await progress('2026-04-01T00:00:00Z', code2, S3, 'complete');

  const booking = async (when: string, userId: UserId, code: string, action: string, end: string) => {
    at(when);
    await u.recordTherapyBooking.execute({
      action: action as 'NEW_BOOKING',
      userId,
      bookingCode: code,
      clientEmail: 'reports-client@example.com',
      clientTimezone: null,
      serviceName: 'Therapy',
      serviceProviderName: 'Therapist',
      serviceProviderEmail: 'reports-therapist@example.com',
      startDateTime: new Date(new Date(end).getTime() - 3_600_000),
      endDateTime: new Date(end),
    });
  };
  await booking('2026-03-11T10:00:00Z', code1, 'B1', 'NEW_BOOKING', '2026-03-18T10:00:00Z');
  await booking('2026-03-12T10:00:00Z', code1, 'B1', 'CANCELLED_BOOKING', '2026-03-18T10:00:00Z');
  await booking('2026-03-13T10:00:00Z', code1, 'B2', 'NEW_BOOKING', '2026-03-20T10:00:00Z');
  await booking('2026-03-21T10:00:00Z', code1, 'B2', 'COMPLETED_BOOKING', '2026-03-20T10:00:00Z');
  await booking('2026-03-31T23:00:00Z', code1, 'B3', 'NEW_BOOKING', '2026-04-02T10:00:00Z');
  await booking('2026-04-03T10:00:00Z', code1, 'B3', 'COMPLETED_BOOKING', '2026-04-02T10:00:00Z');
  await booking('2026-03-16T10:00:00Z', code2, 'B4', 'NEW_BOOKING', '2026-04-05T10:00:00Z');
  await booking('2026-04-01T00:00:00Z', code2, 'B4', 'CANCELLED_BOOKING', '2026-04-05T10:00:00Z');

  // Deleted after its activity: still counted as a new user and for its progress.
  at('2026-03-31T10:00:00Z');
  await u.deleteUser.execute(pub3);
}

/** The use cases, each `execute` run through `scope`. */
function scoped(useCases: UseCases, scope: <T>(work: () => Promise<T>) => Promise<T>): UseCases {
  return new Proxy(useCases, {
    get(target, key) {
      const useCase = Reflect.get(target, key) as { execute: (...args: unknown[]) => Promise<unknown> };
      return { execute: (...args: unknown[]) => scope(() => useCase.execute(...args)) };
    },
  });
}
