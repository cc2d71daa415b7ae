import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { OperationsLog } from '../../domain/shared/operations-log.js';
import { DeleteUser } from '../../application/user/delete-user.js';
import { GetMyProfile } from '../../application/user/get-my-profile.js';
import { ReadProfile } from '../../application/user/read-profile.js';
import { SearchUsers } from '../../application/user/search-users.js';
import { SetSuperAdmin } from '../../application/user/set-super-admin.js';
import { SignUp } from '../../application/user/sign-up.js';
import { UpdateUser } from '../../application/user/update-user.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { SignUpEnrolment } from '../../domain/partner-access/sign-up-enrolment.js';
import { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import { ProfileSyncQueue } from '../../domain/profile-sync/profile-sync-queue.js';
import { Clock } from '../../domain/shared/clock.js';
import { IdGenerator } from '../../domain/shared/id-generator.js';
import { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserRepository } from '../../domain/user/user-repository.js';
import { UserSearch } from '../../domain/user/user-search.js';
import { MikroOrmAccountReader } from '../../adapters/persistence/mikro-orm/mikro-orm-account-reader.js';
import { MikroOrmUserRepository } from '../../adapters/persistence/mikro-orm/mikro-orm-user-repository.js';
import { MikroOrmUserSearch } from '../../adapters/persistence/mikro-orm/mikro-orm-user-search.js';
import { singleton } from './singleton.js';

export function registerUserModule(container: DependencyContainer, orm: MikroORM): void {
  const em = orm.em as SqlEntityManager;
  const accounts = new MikroOrmAccountReader(em);
  container.register(UserRepository, { useValue: new MikroOrmUserRepository(orm.em) });
  container.register(AccountReader, { useValue: accounts });
  container.register(UserSearch, { useValue: new MikroOrmUserSearch(em, accounts) });

  // Ports of other features are resolved when used, so the order modules register in is free.
  const enrolment: SignUpEnrolment = {
    check: (request) => container.resolve<SignUpEnrolment>(SignUpEnrolment).check(request),
    enrol: (userId, request) => container.resolve<SignUpEnrolment>(SignUpEnrolment).enrol(userId, request),
  };
  const progress: CourseProgressReader = {
    forUser: (userId, courseId) =>
      container.resolve<CourseProgressReader>(CourseProgressReader).forUser(userId, courseId),
  };

  singleton(container, ReadProfile, (c) => new ReadProfile(c.resolve(AccountReader), progress));
  singleton(
    container,
    SignUp,
    (c) =>
      new SignUp(
        c.resolve(UserRepository),
        c.resolve(IdentityProvider),
        enrolment,
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
        c.resolve(ReadProfile),
        c.resolve(OperationsLog),
      ),
  );
  singleton(
    container,
    GetMyProfile,
    (c) =>
      new GetMyProfile(
        c.resolve(UserRepository),
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(ReadProfile),
      ),
  );
  singleton(
    container,
    UpdateUser,
    (c) =>
      new UpdateUser(
        c.resolve(UserRepository),
        c.resolve(IdentityProvider),
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
      ),
  );
  singleton(
    container,
    DeleteUser,
    (c) =>
      new DeleteUser(
        c.resolve(UserRepository),
        c.resolve(IdentityProvider),
        c.resolve(ProfileSyncQueue),
        c.resolve(UnitOfWork),
        c.resolve(Clock),
        c.resolve(IdGenerator),
      ),
  );
  singleton(container, SearchUsers, (c) => new SearchUsers(c.resolve(UserSearch)));
  singleton(
    container,
    SetSuperAdmin,
    (c) => new SetSuperAdmin(c.resolve(UserRepository), c.resolve(UnitOfWork), c.resolve(Clock)),
  );
}
