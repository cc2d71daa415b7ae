import { describe, expect, it } from 'vitest';
import { canChat, chatProfileOf } from '../../../src/domain/chat-profile/chat-profile.js';
import type {
  CourseProgressView,
  PartnerAccessView,
  ProfileView,
  TherapySessionView,
} from '../../../src/domain/profile/profile-views.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function aView(fields: Partial<ProfileView> = {}): ProfileView {
  return {
    user: {
      id: 'u1' as never,
      createdAt: new Date('2026-01-02T03:04:05Z'),
      updatedAt: NOW,
      deletedAt: null,
      name: 'Ada',
      email: 'ada@example.org',
      firebaseUid: 'uid',
      isActive: true,
      lastActiveAt: null,
      crispTokenId: 'token',
      isSuperAdmin: false,
      signUpLanguage: null,
      emailRemindersFrequency: 'NEVER',
      contactPermission: false,
      serviceEmailsPermission: true,
    },
    partnerAccesses: [],
    partnerAdmin: null,
    courses: [],
    ...fields,
  };
}

function anAccess(partner: string, fields: Partial<PartnerAccessView> = {}): PartnerAccessView {
  return {
    id: `access-${partner}` as never,
    createdAt: NOW,
    updatedAt: NOW,
    activatedAt: NOW,
    featureLiveChat: true,
    featureTherapy: false,
    accessCode: null,
    active: true,
    therapySessionsRemaining: 0,
    therapySessionsRedeemed: 0,
    partner: { id: `p-${partner}` as never, name: partner, isActive: true, partnerFeature: [] },
    therapySessions: [],
    ...fields,
  };
}

function aBooking(start: string, cancelled = false): TherapySessionView {
  return {
    id: `t-${start}` as never,
    action: cancelled ? 'CANCELLED_BOOKING' : 'NEW_BOOKING',
    clientTimezone: null,
    serviceName: 'Therapy',
    serviceProviderName: 'T',
    serviceProviderEmail: 't@example.org',
    startDateTime: new Date(start),
    endDateTime: new Date(new Date(start).getTime() + 3_600_000),
    cancelledAt: cancelled ? NOW : null,
    rescheduledFrom: null,
    completedAt: null,
  };
}

function aCourse(name: string, completed: boolean, sessions: [string, boolean][]): CourseProgressView {
  const base = { slug: name, status: 'published' as const, storyblokId: null, storyblokUuid: null };
  const stamps = { completedAt: null, createdAt: NOW, updatedAt: NOW };
  return {
    id: name as never,
    name,
    ...base,
    completed,
    ...stamps,
    sessions: sessions.map(([session, done]) => ({
      id: session as never,
      name: session,
      ...base,
      completed: done,
      ...stamps,
    })),
  };
}

describe('who gets a chat profile', () => {
  it('a public user, and a partner user with an active live-chat access', () => {
    expect(canChat(aView())).toBe(true);
    expect(canChat(aView({ partnerAccesses: [anAccess('Bumble')] }))).toBe(true);
  });

  it('not a partner user whose accesses are inactive or without live chat', () => {
    expect(canChat(aView({ partnerAccesses: [anAccess('Bumble', { featureLiveChat: false })] }))).toBe(false);
    expect(canChat(aView({ partnerAccesses: [anAccess('Bumble', { active: false })] }))).toBe(false);
  });

  it('not a partner-admin-only account, unless the admin role or its partner is inactive', () => {
    const admin = (active: boolean, partnerActive: boolean) =>
      aView({
        partnerAdmin: {
          id: 'a' as never,
          active,
          createdAt: NOW,
          updatedAt: NOW,
          partner: { id: 'p' as never, name: 'Bumble', isActive: partnerActive, partnerFeature: [] },
        },
      });
    expect(canChat(admin(true, true))).toBe(false);
    expect(canChat(admin(false, true))).toBe(true);
    expect(canChat(admin(true, false))).toBe(true);
  });
});

describe('chatProfileOf (SPEC.md section 8)', () => {
  it('a public user: segment public, live chat, no partners, language default en', () => {
    expect(chatProfileOf(aView(), NOW)).toEqual({
      email: 'ada@example.org',
      nickname: 'Ada',
      locales: ['en'],
      segments: ['public'],
      data: {
        signed_up_at: '2026-01-02T03:04:05.000Z',
        last_active_at: '',
        marketing_permission: false,
        service_emails_permission: true,
        email_reminders_frequency: 'NEVER',
        partners: '',
        feature_live_chat: true,
        feature_therapy: false,
        therapy_sessions_remaining: 0,
        therapy_sessions_redeemed: 0,
        therapy_session_first_at: '',
        therapy_session_next_at: '',
        therapy_session_last_at: '',
      },
    });
  });

  it('a partner user: lower-cased partners of active accesses, features any, counters summed', () => {
    const view = aView({
      user: { ...aView().user, signUpLanguage: 'es', lastActiveAt: new Date('2026-11-30T00:00:00Z') },
      partnerAccesses: [
        anAccess('Bumble', {
          featureLiveChat: false,
          featureTherapy: true,
          therapySessionsRemaining: 2,
          therapySessionsRedeemed: 1,
        }),
        anAccess('Badoo', { therapySessionsRemaining: 1, therapySessionsRedeemed: 3 }),
        anAccess('Bumble', { therapySessionsRemaining: 4 }),
        anAccess('Old Partner', { active: false, featureTherapy: true, therapySessionsRemaining: 9 }),
      ],
    });
    const profile = chatProfileOf(view, NOW);
    expect(profile.locales).toEqual(['es']);
    expect(profile.segments).toEqual(['bumble', 'badoo']);
    expect(profile.data).toMatchObject({
      last_active_at: '2026-11-30T00:00:00.000Z',
      partners: 'bumble; badoo',
      feature_live_chat: true,
      feature_therapy: true,
      therapy_sessions_remaining: 7,
      therapy_sessions_redeemed: 4,
    });
  });

  it('therapy dates: first ever, next to come, last started, cancelled ones left out', () => {
    const view = aView({
      partnerAccesses: [
        anAccess('Bumble', {
          therapySessions: [
            aBooking('2026-12-10T09:00:00Z'),
            aBooking('2026-11-01T09:00:00Z', true),
            aBooking('2026-11-20T09:00:00Z'),
            aBooking('2026-12-05T09:00:00Z', true),
          ],
        }),
        anAccess('Badoo', {
          active: false,
          therapySessions: [aBooking('2026-11-10T09:00:00Z'), aBooking('2026-12-20T09:00:00Z')],
        }),
      ],
    });
    expect(chatProfileOf(view, NOW).data).toMatchObject({
      therapy_session_first_at: '2026-11-10T09:00:00.000Z',
      therapy_session_next_at: '2026-12-10T09:00:00.000Z',
      therapy_session_last_at: '2026-11-20T09:00:00.000Z',
    });
  });

  it('courses and sessions by acronym: Started|Completed, and SACR:C / SACR:S in start order', () => {
    const view = aView({
      courses: [
        aCourse('Healing from sexual trauma', false, [
          ['What is sexual trauma?', true],
          ['The body and trauma', false],
        ]),
        aCourse('Recovering from toxic relationships', true, [['Spotting red flags', true]]),
      ],
    });
    const { data } = chatProfileOf(view, NOW);
    expect(data).toMatchObject({
      course_hst: 'Started',
      course_hst_sessions: 'WIST:C; BT:S',
      course_rtr: 'Completed',
      course_rtr_sessions: 'SRF:C',
    });
  });
});
