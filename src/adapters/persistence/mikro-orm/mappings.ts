import { CourseMapping } from './course.mapping.js';
import { CoursePartnerMapping } from './course-partner.mapping.js';
import { CourseUserMapping } from './course-user.mapping.js';
import { SessionMapping } from './session.mapping.js';
import { SessionUserMapping } from './session-user.mapping.js';
import { FeatureMapping } from './feature.mapping.js';
import { UserMapping } from './user.mapping.js';
import { TherapySessionMapping } from './therapy-session.mapping.js';
import { PartnerMapping } from './partner.mapping.js';
import { PartnerAdminMapping } from './partner-admin.mapping.js';
import { PartnerAccessMapping } from './partner-access.mapping.js';
import { PartnerFeatureMapping } from './partner-feature.mapping.js';
import { ProfileSyncJobMapping } from './profile-sync-job.mapping.js';
import { ChatProfileAddressMapping } from './chat-profile-address.mapping.js';
import { ResourceMapping } from './resource.mapping.js';
import { ResourceUserMapping } from './resource-user.mapping.js';
import { ResourceFeedbackMapping, SessionFeedbackMapping } from './feedback.mapping.js';
import { EventLogMapping } from './event-log.mapping.js';
import { SubscriptionMapping, SubscriptionUserMapping } from './subscription.mapping.js';
import { ContactNumberLeaseMapping } from './contact-number-lease.mapping.js';

/**
 * Every entity mapping, listed explicitly (no folder scanning, so tsx, vitest and dist agree).
 * Mappings name tables and columns only: indexes, unique keys, foreign keys, CHECKs and
 * defaults live in the migrations (tests/adapters/persistence/schema-matches-metadata.test.ts).
 */
export const mappings = [
  FeatureMapping,
  UserMapping,
  PartnerMapping,
  PartnerAdminMapping,
  PartnerAccessMapping,
  PartnerFeatureMapping,
  CourseMapping,
  SessionMapping,
  CoursePartnerMapping,
  CourseUserMapping,
  SessionUserMapping,
  TherapySessionMapping,
  ProfileSyncJobMapping,
  ChatProfileAddressMapping,
  ResourceMapping,
  ResourceUserMapping,
  SessionFeedbackMapping,
  ResourceFeedbackMapping,
  EventLogMapping,
  SubscriptionMapping,
  SubscriptionUserMapping,
  ContactNumberLeaseMapping,
];
