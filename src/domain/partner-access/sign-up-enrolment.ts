import { portToken } from '../shared/port-token.js';
import type { PartnerId, UserId } from '../shared/ids.js';

/** How a sign-up joins a partner (SPEC.md 5.1): with an access code, or through a partner id. */
export type EnrolmentRequest =
  { kind: 'code'; partnerAccessCode: string } | { kind: 'partner'; partnerId: PartnerId };

/**
 * The partner side of sign-up, kept behind a port so the user use case does not know partner
 * rules. `check` runs before the Firebase account exists (step 2); `enrol` runs inside the
 * sign-up unit of work after the user row is written (step 4).
 */
export interface SignUpEnrolment {
  /** Throws the errors of SPEC 6.2 for a code, or PARTNER_NOT_FOUND / PARTNER_FEATURE_NOT_ENABLED for a partner id. */
  check(request: EnrolmentRequest): Promise<void>;
  /** Claims the code for the new user exactly as `assign` does, or creates the automatic access. */
  enrol(userId: UserId, request: EnrolmentRequest): Promise<void>;
}
export const SignUpEnrolment = portToken<SignUpEnrolment>('SignUpEnrolment');
