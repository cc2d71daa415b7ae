import type {
  CourseId,
  FeatureId,
  PartnerAccessId,
  PartnerAdminId,
  PartnerFeatureId,
  PartnerId,
  ResourceId,
  SessionId,
  TherapySessionId,
  UserId,
} from '../shared/ids.js';

/**
 * Read models of SPEC.md section 5 (the profile of sign-up and GET /me, and the pieces other
 * routes answer with). Plain data with Dates; the HTTP adapter turns them into JSON.
 */
export type SignUpType = 'PUBLIC_USER' | 'PARTNER_USER_WITH_CODE' | 'PARTNER_USER_WITHOUT_CODE';
export type EmailRemindersFrequency = 'TWO_WEEKS' | 'ONE_MONTH' | 'TWO_MONTHS' | 'NEVER';
export type ContentStatus = 'published' | 'unpublished' | 'deleted';
export type BookingAction = 'NEW_BOOKING' | 'UPDATED_BOOKING' | 'CANCELLED_BOOKING' | 'COMPLETED_BOOKING';

export interface UserView {
  id: UserId;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  name: string;
  email: string;
  firebaseUid: string;
  isActive: boolean;
  lastActiveAt: Date | null;
  crispTokenId: string;
  isSuperAdmin: boolean;
  signUpLanguage: string | null;
  emailRemindersFrequency: EmailRemindersFrequency;
  contactPermission: boolean;
  serviceEmailsPermission: boolean;
}

export interface PartnerFeatureView {
  id: PartnerFeatureId;
  partnerId: PartnerId;
  featureId: FeatureId;
  active: boolean;
  feature: { id: FeatureId; name: string };
}

export interface PartnerView {
  id: PartnerId;
  name: string;
  isActive: boolean;
  partnerFeature: PartnerFeatureView[];
}

export interface TherapySessionView {
  id: TherapySessionId;
  action: BookingAction;
  clientTimezone: string | null;
  serviceName: string;
  serviceProviderName: string;
  serviceProviderEmail: string;
  startDateTime: Date;
  endDateTime: Date;
  cancelledAt: Date | null;
  rescheduledFrom: Date | null;
  completedAt: Date | null;
}

export interface PartnerAccessView {
  id: PartnerAccessId;
  createdAt: Date;
  updatedAt: Date;
  activatedAt: Date | null;
  featureLiveChat: boolean;
  featureTherapy: boolean;
  accessCode: string | null;
  active: boolean;
  therapySessionsRemaining: number;
  therapySessionsRedeemed: number;
  partner: PartnerView;
  therapySessions: TherapySessionView[];
}

export interface PartnerAdminView {
  id: PartnerAdminId;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  partner: PartnerView;
}

export interface SessionProgressView {
  id: SessionId;
  name: string;
  slug: string;
  status: ContentStatus;
  storyblokId: number | null;
  storyblokUuid: string | null;
  completed: boolean;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CourseProgressView {
  id: CourseId;
  name: string;
  slug: string;
  status: ContentStatus;
  storyblokId: number | null;
  storyblokUuid: string | null;
  completed: boolean;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The sessions of this course (as it is now) that the user has started. */
  sessions: SessionProgressView[];
}

export type ResourceCategory = 'short_video' | 'single_video' | 'resource_conversation';

/** SPEC 13.3: a resource the user started; timestamps are the progress row's. */
export interface ResourceProgressView {
  id: ResourceId;
  name: string;
  slug: string;
  status: ContentStatus;
  category: ResourceCategory;
  storyblokId: number | null;
  storyblokUuid: string | null;
  completed: boolean;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProfileView {
  user: UserView;
  partnerAccesses: PartnerAccessView[];
  partnerAdmin: PartnerAdminView | null;
  courses: CourseProgressView[];
}

/**
 * The profile object the API answers with (sign-up, GET /me, the admin search): ProfileView
 * plus, since SPEC 12.4, every resource the user started. The Crisp sync reads ProfileView.
 */
export interface ProfileWithResources extends ProfileView {
  resources: ResourceProgressView[];
}
