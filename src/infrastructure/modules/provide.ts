import { instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import type { PortToken } from '../../domain/shared/port-token.js';

/** Reads a port from the container; its type comes from the token, so the compiler checks wiring. */
export type Resolve = <T>(token: PortToken<T>) => T;

export function resolver(container: DependencyContainer): Resolve {
  return (token) => container.resolve(token);
}

/**
 * The one way modules bind a port: `build` makes its adapter once, on first resolution, from
 * ports already in the container (tests re-register a token afterwards to swap in a fake).
 */
export function provide<T>(
  container: DependencyContainer,
  token: PortToken<T>,
  build: (get: Resolve) => T,
): void {
  container.register(token, { useFactory: instanceCachingFactory((c) => build(resolver(c))) });
}
