import type { LoggedEvent } from '../event-log/event-log-entry.js';
import type { FeedbackTag } from '../feedback/feedback.js';
import type { SignUpType } from '../profile/profile-views.js';
import type { PartnerId } from '../shared/ids.js';
import { portToken } from '../shared/port-token.js';
import type { ReportWindow } from './report-window.js';

export interface PartnerAccessCounts {
  partner: string;
  created: number;
  activated: number;
}

export interface CourseCounts {
  course: string;
  started: number;
  completed: number;
}

export interface TherapyCounts {
  partner: string;
  booked: number;
  cancelled: number;
  completed: number;
}

export interface ResourceCounts {
  resource: string;
  started: number;
  completed: number;
}

/** Submissions with one tag, on sessions and on resources. */
export interface FeedbackCounts {
  tag: FeedbackTag;
  session: number;
  resource: number;
}

/**
 * The counts of SPEC 10's summary. Lists hold only the partners and courses with at least one
 * non-zero count in the window, ordered by name (feedback: tags with a count, in the order of
 * FEEDBACK_TAGS); `events` names every event. SPEC 13.9 added resources, feedback, events and
 * whatsapp; feedback is anonymous, so a partner's summary has none (null).
 */
export interface ReportCounts {
  users: { new: Record<SignUpType, number>; active: number };
  partnerAccesses: PartnerAccessCounts[];
  courses: CourseCounts[];
  sessionsCompleted: number;
  therapy: TherapyCounts[];
  resources: ResourceCounts[];
  feedback: FeedbackCounts[] | null;
  events: Record<LoggedEvent, number>;
  whatsapp: { subscribed: number; cancelled: number };
}

export interface ReportPartner {
  id: PartnerId;
  name: string;
}

/** Aggregate reads for reporting: counts only, never a row about a person. */
export interface ReportReader {
  /** The partner (active or not) with exactly this name, compared case-insensitively. */
  partnerNamed(name: string): Promise<ReportPartner | null>;
  /**
   * Counts in the window; with a partner, only users holding an access of it (active or not)
   * and its own accesses.
   */
  counts(window: ReportWindow, partner: PartnerId | null): Promise<ReportCounts>;
}
export const ReportReader = portToken<ReportReader>('ReportReader');
