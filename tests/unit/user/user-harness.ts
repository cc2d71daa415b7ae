import { InMemoryIdentityProvider } from '../../../src/adapters/auth/in-memory-identity-provider.js';
import { InMemoryAccountReader } from '../../../src/adapters/persistence/in-memory/in-memory-account-reader.js';
import { InMemoryContactSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-contact-sync-queue.js';
import { InMemorySubscriptionRepository } from '../../../src/adapters/persistence/in-memory/in-memory-subscription-repository.js';
import { InMemoryProfileSyncQueue } from '../../../src/adapters/persistence/in-memory/in-memory-profile-sync-queue.js';
import { InMemoryUnitOfWork } from '../../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { InMemoryUserRepository } from '../../../src/adapters/persistence/in-memory/in-memory-user-repository.js';
import { OpenAccount } from '../../../src/application/identity/open-account.js';
import { DeleteUser } from '../../../src/application/user/delete-user.js';
import { GetMyProfile } from '../../../src/application/user/get-my-profile.js';
import { ReadProfile } from '../../../src/application/user/read-profile.js';
import { SignUp } from '../../../src/application/user/sign-up.js';
import { UpdateUser } from '../../../src/application/user/update-user.js';
import type {
  EnrolmentRequest,
  SignUpEnrolment,
} from '../../../src/domain/partner-access/sign-up-enrolment.js';
import type { Clock } from '../../../src/domain/shared/clock.js';
import type { IdGenerator } from '../../../src/domain/shared/id-generator.js';
import type { UserId } from '../../../src/domain/shared/ids.js';
import { RecordingOperationsLog } from '../../../src/adapters/system/recording-operations-log.js';

export class FixedClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

/** Sequential UUIDs, so ids are predictable. */
export class SequentialIds implements IdGenerator {
  private next = 0;
  uuid(): string {
    this.next += 1;
    return `00000000-0000-4000-8000-${String(this.next).padStart(12, '0')}`;
  }
}

/** The partner side of sign-up as the user use case sees it: it records and can refuse. */
export class FakeSignUpEnrolment implements SignUpEnrolment {
  readonly checked: EnrolmentRequest[] = [];
  readonly enrolled: { userId: UserId; request: EnrolmentRequest }[] = [];
  refuseCheckWith: Error | null = null;
  refuseEnrolWith: Error | null = null;

  async check(request: EnrolmentRequest): Promise<void> {
    this.checked.push(request);
    if (this.refuseCheckWith) throw this.refuseCheckWith;
  }

  async enrol(userId: UserId, request: EnrolmentRequest): Promise<void> {
    if (this.refuseEnrolWith) throw this.refuseEnrolWith;
    this.enrolled.push({ userId, request });
  }
}

export const NOW = new Date('2026-05-10T12:00:00.000Z');

/** Every user use case wired to in-memory adapters sharing one state. */
export function userHarness() {
  const users = new InMemoryUserRepository();
  const identities = new InMemoryIdentityProvider();
  const enrolment = new FakeSignUpEnrolment();
  const queue = new InMemoryProfileSyncQueue();
  const uow = new InMemoryUnitOfWork();
  const clock = new FixedClock(NOW);
  const ids = new SequentialIds();
  const accounts = new InMemoryAccountReader(users);
  const readProfile = new ReadProfile(accounts, { forUser: async () => [] });
  const operations = new RecordingOperationsLog();
  const subscriptions = new InMemorySubscriptionRepository();
  const contacts = new InMemoryContactSyncQueue();
  return {
    subscriptions,
    contacts,
    users,
    identities,
    enrolment,
    queue,
    clock,
    accounts,
    operations,
    signUp: new SignUp(
      users,
      new OpenAccount(identities, uow, operations),
      enrolment,
      queue,
      clock,
      ids,
      readProfile,
    ),
    getMyProfile: new GetMyProfile(users, queue, uow, clock, readProfile),
    updateUser: new UpdateUser(users, identities, queue, uow, clock),
    deleteUser: new DeleteUser(users, identities, queue, subscriptions, contacts, uow, clock, ids),
  };
}

export const signUpInput = {
  name: 'Robin Example',
  email: 'robin@example.com',
  password: 'long-enough-password',
  contactPermission: true,
};
