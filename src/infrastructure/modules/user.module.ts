import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { OpenAccount } from '../../application/identity/open-account.js';
import { DeleteUser } from '../../application/user/delete-user.js';
import { GetMyProfile } from '../../application/user/get-my-profile.js';
import { ReadProfile } from '../../application/user/read-profile.js';
import { SearchUsers } from '../../application/user/search-users.js';
import { SignUp } from '../../application/user/sign-up.js';
import { UpdateUser } from '../../application/user/update-user.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { ContactSyncQueue } from '../../domain/subscription/contact-sync-queue.js';
import { SubscriptionRepository } from '../../domain/subscription/subscription-repository.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserRepository } from '../../domain/user/user-repository.js';
import { UserSearch } from '../../domain/user/user-search.js';
import { MikroOrmAccountReader } from '../../adapters/persistence/mikro-orm/mikro-orm-account-reader.js';
import { MikroOrmUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-user-repository.js';
import { MikroOrmUserSearch } from '../../adapters/persistence/mikro-orm/mikro-orm-user-search.js';
import { provide, type Resolve } from './provide.js';

/** Users: sign-up, profile, changes, deletion and the admin search (SPEC section 5). */
export function registerUserModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  provide(container, UserRepository, () => new MikroOrmUserRepository(em));
  provide(container, AccountReader, () => new MikroOrmAccountReader(em));
  provide(container, UserSearch, () => new MikroOrmUserSearch(em, new MikroOrmAccountReader(em)));
}

export function userUseCases(get: Resolve) {
  const readProfile = new ReadProfile(get(AccountReader), get(CourseProgressReader));
  return {
    signUp: new SignUp(
      get(UserRepository),
      new OpenAccount(get(IdentityProvider), get(UnitOfWork), get(OperationsLog)),
      get(SignUpEnrolment),
      get(ProfileSyncQueue),
      get(Clock),
      get(IdGenerator),
      readProfile,
    ),
    getMyProfile: new GetMyProfile(
      get(UserRepository),
      get(ProfileSyncQueue),
      get(UnitOfWork),
      get(Clock),
      readProfile,
    ),
    updateUser: new UpdateUser(
      get(UserRepository),
      get(IdentityProvider),
      get(ProfileSyncQueue),
      get(UnitOfWork),
      get(Clock),
    ),
    deleteUser: new DeleteUser(
      get(UserRepository),
      get(IdentityProvider),
      get(ProfileSyncQueue),
      get(SubscriptionRepository),
      get(ContactSyncQueue),
      get(UnitOfWork),
      get(Clock),
      get(IdGenerator),
    ),
    searchUsers: new SearchUsers(get(UserSearch)),
  };
}
