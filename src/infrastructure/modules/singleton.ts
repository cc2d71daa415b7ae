import { instanceCachingFactory, type DependencyContainer, type InjectionToken } from 'tsyringe';

/** Registers a use case (a plain class) built once by `build`, from ports already in the container. */
export function singleton<T>(
  container: DependencyContainer,
  token: InjectionToken<T>,
  build: (c: DependencyContainer) => T,
): void {
  container.register(token, { useFactory: instanceCachingFactory(build) });
}
