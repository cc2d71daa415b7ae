import {
  CreateUserAlreadyExists,
  CreateUserInvalidEmail,
  CreateUserWeakPassword,
} from '../../domain/identity/identity-errors.js';
import { AccessCode } from '../../domain/partner-access/access-code.js';
import type { EnrolmentRequest, SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import type {
  EmailRemindersFrequency,
  ProfileWithResources,
  SignUpType,
} from '../../domain/profile/profile-views.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerId, UserId } from '../../domain/shared/ids.js';
import { parseEmail } from '../../domain/user/email-address.js';
import { User } from '../../domain/user/user.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
import type { OpenAccount } from '../identity/open-account.js';
import type { ReadProfile } from './read-profile.js';

export const MIN_PASSWORD_LENGTH = 8;

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  contactPermission: boolean;
  serviceEmailsPermission?: boolean;
  emailRemindersFrequency?: EmailRemindersFrequency;
  signUpLanguage?: string;
  partnerAccessCode?: string;
  partnerId?: string;
}

/**
 * SPEC.md 5.1: checks first, then the Firebase account and one transaction, with compensation
 * (OpenAccount). The profile it answers with is read in that transaction.
 */
export class SignUp {
  constructor(
    private readonly users: UserRepository,
    private readonly openAccount: OpenAccount,
    private readonly enrolment: SignUpEnrolment,
    private readonly profiles: ProfileSyncQueue,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly readProfile: ReadProfile,
  ) {}

  async execute(input: SignUpInput): Promise<ProfileWithResources> {
    const email = parseEmail(input.email);
    if (!email) throw new CreateUserInvalidEmail();
    if (input.password.length < MIN_PASSWORD_LENGTH) throw new CreateUserWeakPassword();
    const request = enrolmentRequest(input);
    // SPEC 5.1: the partner checks (step 2) come before the account checks (step 3).
    if (request) await this.enrolment.check(request);
    if (await this.users.findByEmail(email)) throw new CreateUserAlreadyExists();

    const account = { email, password: input.password, displayName: input.name.trim() };
    return this.openAccount.execute(account, async (firebaseUid) => {
      const user = User.signUp(
        {
          id: this.ids.uuid() as UserId,
          firebaseUid,
          crispTokenId: this.ids.uuid(),
          name: input.name,
          email,
          signUpType: signUpType(request),
          contactPermission: input.contactPermission,
          serviceEmailsPermission: input.serviceEmailsPermission,
          emailRemindersFrequency: input.emailRemindersFrequency,
          signUpLanguage: input.signUpLanguage,
        },
        this.clock.now(),
      );
      await this.users.add(user);
      if (request) await this.enrolment.enrol(user.id, request);
      await this.profiles.enqueue(user.id);
      return this.readProfile.execute(user.id);
    });
  }
}

function enrolmentRequest(input: SignUpInput): EnrolmentRequest | null {
  // Only an empty or missing code means "no code": whitespace is a code, and fails INVALID_CODE.
  const code = input.partnerAccessCode;
  if (code) return { kind: 'code', partnerAccessCode: AccessCode.normalise(code) };
  if (input.partnerId) return { kind: 'partner', partnerId: input.partnerId as PartnerId };
  return null;
}

function signUpType(request: EnrolmentRequest | null): SignUpType {
  if (!request) return 'PUBLIC_USER';
  return request.kind === 'code' ? 'PARTNER_USER_WITH_CODE' : 'PARTNER_USER_WITHOUT_CODE';
}
