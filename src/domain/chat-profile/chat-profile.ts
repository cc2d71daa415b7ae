import type { ProfileView } from '../profile/profile-views.js';
import { courseProgressData, therapyData } from './chat-profile-data.js';

/** People data values, as chat providers store them. */
export type ChatProfileData = Record<string, string | number | boolean>;

/** What a user's chat profile holds (SPEC.md section 8), computed from the database, provider-neutral. */
export interface ChatProfile {
  email: string;
  nickname: string;
  locales: string[];
  segments: string[];
  data: ChatProfileData;
}

/** The last update a deleted account's profile gets: the profile itself stays (safeguarding). */
export interface ChatProfileDeletion {
  nickname: string;
  data: { deleted_at: string };
}

export const DELETED_NICKNAME = 'Deleted user';

export function chatProfileDeletion(deletedAt: Date): ChatProfileDeletion {
  return { nickname: DELETED_NICKNAME, data: { deleted_at: deletedAt.toISOString() } };
}

/** A public user: no partner access at all and not a partner admin (SPEC.md section 3). */
export function isPublicUser(view: ProfileView): boolean {
  return view.partnerAccesses.length === 0 && !isPartnerAdmin(view);
}

function isPartnerAdmin(view: ProfileView): boolean {
  return view.partnerAdmin !== null && view.partnerAdmin.active && view.partnerAdmin.partner.isActive;
}

/**
 * Who gets a profile: users who can chat 1-1, i.e. public users and partner users with an
 * active access that has live chat. A partner-admin-only account gets none.
 */
export function canChat(view: ProfileView): boolean {
  if (isPublicUser(view)) return true;
  return view.partnerAccesses.some((access) => access.active && access.featureLiveChat);
}

/** The whole profile as the database says it is at `now` (the next therapy session depends on it). */
export function chatProfileOf(view: ProfileView, now: Date): ChatProfile {
  const { user } = view;
  const publicUser = isPublicUser(view);
  const active = view.partnerAccesses.filter((access) => access.active);
  const partners = [...new Set(active.map((access) => access.partner.name.toLowerCase()))];
  return {
    email: user.email,
    nickname: user.name,
    locales: [user.signUpLanguage ?? 'en'],
    segments: publicUser ? ['public'] : partners,
    data: {
      signed_up_at: user.createdAt.toISOString(),
      last_active_at: user.lastActiveAt?.toISOString() ?? '',
      marketing_permission: user.contactPermission,
      service_emails_permission: user.serviceEmailsPermission,
      email_reminders_frequency: user.emailRemindersFrequency,
      partners: partners.join('; '),
      feature_live_chat: publicUser || active.some((access) => access.featureLiveChat),
      feature_therapy: active.some((access) => access.featureTherapy),
      therapy_sessions_remaining: sum(active.map((access) => access.therapySessionsRemaining)),
      therapy_sessions_redeemed: sum(active.map((access) => access.therapySessionsRedeemed)),
      ...therapyData(view.partnerAccesses, now),
      ...courseProgressData(view.courses),
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
