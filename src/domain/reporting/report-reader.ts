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

/**
 * The counts of SPEC 10's summary. Lists hold only the partners and courses with at least one
 * non-zero count in the window, ordered by name. Later reports (SPEC 13.9) add their own keys.
 */
export interface ReportCounts {
  users: { new: Record<SignUpType, number>; active: number };
  partnerAccesses: PartnerAccessCounts[];
  courses: CourseCounts[];
  sessionsCompleted: number;
  therapy: TherapyCounts[];
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
