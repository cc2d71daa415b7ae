import { z } from '@hono/zod-openapi';
import type {
  CourseProgressView,
  PartnerAccessView,
  PartnerAdminView,
  PartnerView,
  ProfileWithResources,
  ResourceProgressView,
  SessionProgressView,
  TherapySessionView,
  UserView,
} from '../../../domain/profile/profile-views.js';
import { iso, isoOrNull, Timestamp } from './common.js';

/** Response shapes of SPEC.md section 5: absent values are null, never omitted. */
const Nullable = Timestamp.nullable();

export const UserSchema = z
  .object({
    id: z.guid(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    deletedAt: Nullable,
    name: z.string(),
    email: z.string(),
    firebaseUid: z.string(),
    isActive: z.boolean(),
    lastActiveAt: Nullable,
    crispTokenId: z.guid(),
    isSuperAdmin: z.boolean(),
    signUpLanguage: z.string().nullable(),
    emailRemindersFrequency: z.enum(['TWO_WEEKS', 'ONE_MONTH', 'TWO_MONTHS', 'NEVER']),
    contactPermission: z.boolean(),
    serviceEmailsPermission: z.boolean(),
  })
  .openapi('User');

export const PartnerSchema = z
  .object({
    id: z.guid(),
    name: z.string(),
    isActive: z.boolean(),
    partnerFeature: z.array(
      z.object({
        id: z.guid(),
        partnerId: z.guid(),
        featureId: z.guid(),
        active: z.boolean(),
        feature: z.object({ id: z.guid(), name: z.string() }),
      }),
    ),
  })
  .openapi('Partner');

export const TherapySessionSchema = z
  .object({
    id: z.guid(),
    action: z.enum(['NEW_BOOKING', 'UPDATED_BOOKING', 'CANCELLED_BOOKING', 'COMPLETED_BOOKING']),
    clientTimezone: z.string().nullable(),
    serviceName: z.string(),
    serviceProviderName: z.string(),
    serviceProviderEmail: z.string(),
    startDateTime: Timestamp,
    endDateTime: Timestamp,
    cancelledAt: Nullable,
    rescheduledFrom: Nullable,
    completedAt: Nullable,
  })
  .openapi('TherapySession');

export const PartnerAccessSchema = z
  .object({
    id: z.guid(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    activatedAt: Nullable,
    featureLiveChat: z.boolean(),
    featureTherapy: z.boolean(),
    accessCode: z.string().nullable(),
    active: z.boolean(),
    therapySessionsRemaining: z.number().int(),
    therapySessionsRedeemed: z.number().int(),
    partner: PartnerSchema,
    therapySessions: z.array(TherapySessionSchema),
  })
  .openapi('PartnerAccess');

export const PartnerAdminSchema = z
  .object({
    id: z.guid(),
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    partner: PartnerSchema,
  })
  .openapi('PartnerAdmin');

const progressFields = {
  id: z.guid(),
  name: z.string(),
  slug: z.string(),
  status: z.enum(['published', 'unpublished', 'deleted']),
  storyblokId: z.number().int().nullable(),
  storyblokUuid: z.string().nullable(),
  completed: z.boolean(),
  completedAt: Nullable,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const CourseProgressSchema = z
  .object({ ...progressFields, sessions: z.array(z.object(progressFields).openapi('SessionProgress')) })
  .openapi('CourseProgress');

export const ResourceProgressSchema = z
  .object({
    ...progressFields,
    category: z.enum(['short_video', 'single_video', 'resource_conversation']),
  })
  .openapi('ResourceProgress');

export const ProfileSchema = z
  .object({
    user: UserSchema,
    partnerAccesses: z.array(PartnerAccessSchema).openapi({
      description:
        'Own profile: active accesses only. Admin search: every row (or the rows matching its filter).',
    }),
    partnerAdmin: PartnerAdminSchema.nullable().openapi({
      description:
        'Own profile: only while the role and its partner are active. Admin search: the row as it is.',
    }),
    courses: z.array(CourseProgressSchema),
    resources: z.array(ResourceProgressSchema),
  })
  .openapi('Profile');

export function userJson(user: UserView): z.infer<typeof UserSchema> {
  return {
    id: user.id,
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
    deletedAt: isoOrNull(user.deletedAt),
    name: user.name,
    email: user.email,
    firebaseUid: user.firebaseUid,
    isActive: user.isActive,
    lastActiveAt: isoOrNull(user.lastActiveAt),
    crispTokenId: user.crispTokenId,
    isSuperAdmin: user.isSuperAdmin,
    signUpLanguage: user.signUpLanguage,
    emailRemindersFrequency: user.emailRemindersFrequency,
    contactPermission: user.contactPermission,
    serviceEmailsPermission: user.serviceEmailsPermission,
  };
}

export function partnerJson(partner: PartnerView): z.infer<typeof PartnerSchema> {
  return {
    id: partner.id,
    name: partner.name,
    isActive: partner.isActive,
    partnerFeature: partner.partnerFeature.map((pf) => ({ ...pf, feature: { ...pf.feature } })),
  };
}

export function therapySessionJson(session: TherapySessionView): z.infer<typeof TherapySessionSchema> {
  return {
    ...session,
    startDateTime: iso(session.startDateTime),
    endDateTime: iso(session.endDateTime),
    cancelledAt: isoOrNull(session.cancelledAt),
    rescheduledFrom: isoOrNull(session.rescheduledFrom),
    completedAt: isoOrNull(session.completedAt),
  };
}

export function partnerAccessJson(access: PartnerAccessView): z.infer<typeof PartnerAccessSchema> {
  return {
    id: access.id,
    createdAt: iso(access.createdAt),
    updatedAt: iso(access.updatedAt),
    activatedAt: isoOrNull(access.activatedAt),
    featureLiveChat: access.featureLiveChat,
    featureTherapy: access.featureTherapy,
    accessCode: access.accessCode,
    active: access.active,
    therapySessionsRemaining: access.therapySessionsRemaining,
    therapySessionsRedeemed: access.therapySessionsRedeemed,
    partner: partnerJson(access.partner),
    therapySessions: access.therapySessions.map(therapySessionJson),
  };
}

export function partnerAdminJson(admin: PartnerAdminView): z.infer<typeof PartnerAdminSchema> {
  return {
    id: admin.id,
    active: admin.active,
    createdAt: iso(admin.createdAt),
    updatedAt: iso(admin.updatedAt),
    partner: partnerJson(admin.partner),
  };
}

function progressJson(p: SessionProgressView | CourseProgressView | ResourceProgressView) {
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    status: p.status,
    storyblokId: p.storyblokId,
    storyblokUuid: p.storyblokUuid,
    completed: p.completed,
    completedAt: isoOrNull(p.completedAt),
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

export function courseProgressJson(course: CourseProgressView): z.infer<typeof CourseProgressSchema> {
  return { ...progressJson(course), sessions: course.sessions.map(progressJson) };
}

export function resourceProgressJson(resource: ResourceProgressView): z.infer<typeof ResourceProgressSchema> {
  return { ...progressJson(resource), category: resource.category };
}

export function profileJson(profile: ProfileWithResources): z.infer<typeof ProfileSchema> {
  return {
    user: userJson(profile.user),
    partnerAccesses: profile.partnerAccesses.map(partnerAccessJson),
    partnerAdmin: profile.partnerAdmin ? partnerAdminJson(profile.partnerAdmin) : null,
    courses: profile.courses.map(courseProgressJson),
    resources: profile.resources.map(resourceProgressJson),
  };
}
