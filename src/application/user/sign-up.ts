import type { EmailRemindersFrequency, ProfileView, SignUpType } from '../../domain/profile/profile-views.js';
import {
  CreateUserAlreadyExists,
  CreateUserInvalidEmail,
  CreateUserWeakPassword,
} from '../../domain/identity/identity-errors.js';
import type { IdentityProvider } from '../../domain/identity/identity-provider.js';
import type { EnrolmentRequest, SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import type { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerId, UserId } from '../../domain/shared/ids.js';
import type { OperationsLog } from '../../domain/shared/operations-log.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { discardAccount } from '../identity/discard-account.js';
import { parseEmail } from '../../domain/user/email-address.js';
import { User } from '../../domain/user/user.js';
import { UserEmailTaken } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
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

/** SPEC.md 5.1: checks first, then the Firebase account, then one transaction, else compensation. */
export class SignUp {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: IdentityProvider,
    private readonly enrolment: SignUpEnrolment,
    private readonly profiles: ProfileSyncQueue,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly readProfile: ReadProfile,
    private readonly log: OperationsLog,
  ) {}

  async execute(input: SignUpInput): Promise<ProfileView> {
    const email = parseEmail(input.email);
    if (!email) throw new CreateUserInvalidEmail();
    if (input.password.length < MIN_PASSWORD_LENGTH) throw new CreateUserWeakPassword();
    const request = enrolmentRequest(input);
    // SPEC 5.1: the partner checks (step 2) come before the account checks (step 3).
    if (request) await this.enrolment.check(request);
    if (await this.users.findByEmail(email)) throw new CreateUserAlreadyExists();

    const account = await this.identities.createAccount({
      email,
      password: input.password,
      displayName: input.name.trim(),
    });
    let userId: UserId;
    try {
      userId = await this.uow.run(async () => {
        const user = User.signUp(
          {
            id: this.ids.uuid() as UserId,
            firebaseUid: account.uid,
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
        return user.id;
      });
    } catch (error) {
      // No orphan: the Firebase account goes with the rows that failed to be written.
      await discardAccount(this.identities, this.log, account.uid);
      throw error instanceof UserEmailTaken ? new CreateUserAlreadyExists() : error;
    }
    return this.readProfile.execute(userId);
  }
}

function enrolmentRequest(input: SignUpInput): EnrolmentRequest | null {
  // Only an empty or missing code means "no code": whitespace is a code, and fails INVALID_CODE.
  const code = input.partnerAccessCode;
  if (code) return { kind: 'code', partnerAccessCode: code.trim().toUpperCase() };
  if (input.partnerId) return { kind: 'partner', partnerId: input.partnerId as PartnerId };
  return null;
}

function signUpType(request: EnrolmentRequest | null): SignUpType {
  if (!request) return 'PUBLIC_USER';
  return request.kind === 'code' ? 'PARTNER_USER_WITH_CODE' : 'PARTNER_USER_WITHOUT_CODE';
}
