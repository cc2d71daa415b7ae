import type {
  BookingAction,
  ContentStatus,
  EmailRemindersFrequency,
  PartnerAccessView,
  PartnerView,
  ResourceCategory,
  ResourceProgressView,
  TherapySessionView,
  UserView,
} from '../../../domain/profile/profile-views.js';
import type {
  FeatureId,
  PartnerAccessId,
  PartnerFeatureId,
  PartnerId,
  ResourceId,
  TherapySessionId,
  UserId,
} from '../../../domain/shared/ids.js';

/**
 * Database rows (column names) and their conversion to the profile views: one mapper per view,
 * shared by every reader that returns it (account, user search, partner, partner access).
 */
type Stamp = Date | string;
export type Row = Record<string, unknown>;

export const date = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string));
export const dateOrNull = (value: unknown): Date | null => (value === null ? null : date(value));

/** A PostgreSQL array literal of ids that came from the database (uuids: no quoting needed). */
export const idArray = (ids: Iterable<string>): string => `{${[...ids].join(',')}}`;

export function userView(row: Row): UserView {
  return {
    id: row.id as UserId,
    createdAt: date(row.created_at as Stamp),
    updatedAt: date(row.updated_at as Stamp),
    deletedAt: dateOrNull(row.deleted_at),
    name: row.name as string,
    email: row.email as string,
    firebaseUid: row.firebase_uid as string,
    isActive: row.is_active as boolean,
    lastActiveAt: dateOrNull(row.last_active_at),
    crispTokenId: row.crisp_token_id as string,
    isSuperAdmin: row.is_super_admin as boolean,
    signUpLanguage: (row.sign_up_language as string | null) ?? null,
    emailRemindersFrequency: row.email_reminders_frequency as EmailRemindersFrequency,
    contactPermission: row.contact_permission as boolean,
    serviceEmailsPermission: row.service_emails_permission as boolean,
  };
}

/** A partner row with its partner features, each with `pf_id`, `feature_id`, `pf_active`, `feature_name`. */
export interface PartnerRow {
  id: string;
  name: string;
  is_active: boolean;
  features: Row[];
}

export function partnerView(partner: PartnerRow): PartnerView {
  const id = partner.id as PartnerId;
  return {
    id,
    name: partner.name,
    isActive: partner.is_active,
    partnerFeature: partner.features.map((row) => ({
      id: row.pf_id as PartnerFeatureId,
      partnerId: id,
      featureId: row.feature_id as FeatureId,
      active: row.pf_active as boolean,
      feature: { id: row.feature_id as FeatureId, name: row.feature_name as string },
    })),
  };
}

export function therapySessionView(row: Row): TherapySessionView {
  return {
    id: row.id as TherapySessionId,
    action: row.action as BookingAction,
    clientTimezone: (row.client_timezone as string | null) ?? null,
    serviceName: row.service_name as string,
    serviceProviderName: row.service_provider_name as string,
    serviceProviderEmail: row.service_provider_email as string,
    startDateTime: date(row.start_date_time),
    endDateTime: date(row.end_date_time),
    cancelledAt: dateOrNull(row.cancelled_at),
    rescheduledFrom: dateOrNull(row.rescheduled_from),
    completedAt: dateOrNull(row.completed_at),
  };
}

export function partnerAccessView(
  row: Row,
  partner: PartnerView,
  therapySessions: TherapySessionView[],
): PartnerAccessView {
  return {
    id: row.id as PartnerAccessId,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    activatedAt: dateOrNull(row.activated_at),
    featureLiveChat: row.feature_live_chat as boolean,
    featureTherapy: row.feature_therapy as boolean,
    accessCode: (row.access_code as string | null) ?? null,
    active: row.active as boolean,
    therapySessionsRemaining: row.therapy_sessions_remaining as number,
    therapySessionsRedeemed: row.therapy_sessions_redeemed as number,
    partner,
    therapySessions,
  };
}

/** A resource_user row and its resource row: ResourceProgress, timestamps the progress row's. */
export function resourceProgressView(progress: Row, resource: Row): ResourceProgressView {
  const completedAt = dateOrNull(progress.completed_at);
  return {
    id: resource.id as ResourceId,
    name: resource.name as string,
    slug: resource.slug as string,
    status: resource.status as ContentStatus,
    category: resource.category as ResourceCategory,
    // bigint: JSON carries it as a number (Storyblok ids fit in one).
    storyblokId: resource.storyblok_id === null ? null : Number(resource.storyblok_id),
    storyblokUuid: (resource.storyblok_uuid as string | null) ?? null,
    completed: completedAt !== null,
    completedAt,
    createdAt: date(progress.created_at),
    updatedAt: date(progress.updated_at),
  };
}
