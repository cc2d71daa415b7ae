import { portToken } from '../shared/port-token.js';
import type { CourseId, UserId } from '../shared/ids.js';
import type {
  CourseProgressView,
  PartnerAccessView,
  PartnerAdminView,
  ResourceProgressView,
  UserView,
} from './profile-views.js';

/**
 * The account part of a profile: the user, their partner accesses (with therapy sessions), admin
 * role, and every resource they started (SPEC 12.4, oldest first): read together, so GET /me
 * stays within its statement budget.
 */
export interface AccountReader {
  /** null when no such user. */
  account(userId: UserId): Promise<{
    user: UserView;
    partnerAccesses: PartnerAccessView[];
    partnerAdmin: PartnerAdminView | null;
    resources: ResourceProgressView[];
  } | null>;
}
export const AccountReader = portToken<AccountReader>('AccountReader');

/** The progress part: every course the user started, or just one. */
export interface CourseProgressReader {
  forUser(userId: UserId, courseId?: CourseId): Promise<CourseProgressView[]>;
}
export const CourseProgressReader = portToken<CourseProgressReader>('CourseProgressReader');
