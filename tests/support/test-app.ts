import type { DependencyContainer } from 'tsyringe';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApplication, type Application } from '../../src/infrastructure/application.js';
import { loadConfig, type Config } from '../../src/infrastructure/config.js';
import { silentLogger } from '../../src/infrastructure/logger.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-database.js';

export interface TestApplication extends Application {
  config: Config;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real application (container, adapters, HTTP app) over a fresh test database, verifying
 * tokens against the run's Firebase Auth emulator (tests/support/firebase-accounts.ts makes
 * accounts and tokens there). Rate limits
 * are raised so tests measure behaviour, not the limiter, unless `env` says otherwise.
 */
export async function createTestApplication(
  options: {
    kind?: DatabaseKind;
    env?: Record<string, string>;
    override?: (container: DependencyContainer) => void;
  } = {},
): Promise<TestApplication> {
  const database = await openTestDatabase(options.kind ?? 'pglite');
  const config = loadConfig({
    NODE_ENV: 'test',
    // The run's shared Auth emulator (tests/support/firebase-emulator.global-setup.ts).
    FIREBASE_AUTH_EMULATOR_HOST: inject('firebaseEmulatorHost'),
    FIREBASE_PROJECT_ID: inject('firebaseProjectId'),
    RATE_LIMIT: '1000000',
    ACCESS_CODE_RATE_LIMIT: '1000000',
    ACCESS_CODE_FAILURE_LIMIT: '1000000',
    ACCESS_CODE_ACCOUNT_LIMIT: '1000000',
    ACCOUNT_EMAIL_RATE_LIMIT: '1000000',
    ...options.env,
  });
  const application = createApplication(config, database.orm, silentLogger(), options.override);
  return { ...application, config, database, close: () => database.close() };
}

/**
 * Registers hooks that create the test application before the suite's tests and close it after
 * them. The returned object stands for that application (it forwards to it once created), so the
 * suite can name it at the top and use it in its tests and later hooks.
 */
export function useTestApplication(
  options: Parameters<typeof createTestApplication>[0] = {},
): TestApplication {
  const app = lateBound<TestApplication>('the test application');
  beforeAll(async () => app.set(await createTestApplication(options)));
  afterAll(() => app.get().close());
  return app.proxy;
}

/**
 * A value made in a `beforeAll` but named before it: `proxy` forwards every property read (and
 * method call) to the value given to `set`, and throws when read before that.
 */
export function lateBound<T extends object>(what: string): { proxy: T; set(value: T): void; get(): T } {
  let current: T | undefined;
  const get = (): T => {
    if (current === undefined) throw new Error(`${what} is used before its beforeAll hook made it`);
    return current;
  };
  const proxy = new Proxy({} as T, {
    get(_, key) {
      const target = get();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { proxy, get, set: (value) => void (current = value) };
}

export function jsonRequest(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The parsed JSON body, loosely typed: tests assert its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(res: Response): Promise<any> {
  return res.json();
}
