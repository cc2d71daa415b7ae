import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { IdentityProviderError } from '../../src/domain/identity/identity-errors.js';
import type { IdentityProvider } from '../../src/domain/identity/identity-provider.js';
import { SignUpEnrolment } from '../../src/domain/partner-access/sign-up-enrolment.js';
import { domainError } from '../../src/domain/shared/domain-error.js';
import { OperationsLog } from '../../src/domain/shared/operations-log.js';
import { createApplication, type Application } from '../../src/infrastructure/application.js';
import { loadConfig } from '../../src/infrastructure/config.js';
import { FakeSignUpEnrolment } from '../unit/user/user-harness.js';
import { overrideIdentityProvider } from '../support/identity-provider.js';
import { jsonRequest } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

class AlreadyInUse extends domainError('conflict', 'ALREADY_IN_USE') {}

const ORPHAN_EVENT = 'identity account left without a Bloom user: delete it by hand';
const NAME = 'Robin Orphan';
const EMAIL = 'operations-log-orphan@example.com';

/** Pino's JSON lines, parsed, as the application wrote them. */
const lines: Record<string, unknown>[] = [];
const rawLines: string[] = [];
const logger = pino(
  { level: 'info' },
  {
    write: (line: string) => {
      rawLines.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  },
);

describe('the operations log', () => {
  let database: TestDatabase;
  let application: Application;
  let realIdentities: IdentityProvider;
  const enrolment = new FakeSignUpEnrolment();

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const config = loadConfig({
      NODE_ENV: 'test',
      FIREBASE_AUTH_EMULATOR_HOST: inject('firebaseEmulatorHost'),
      FIREBASE_PROJECT_ID: inject('firebaseProjectId'),
    });
    application = createApplication(config, database.orm, logger, (container) => {
      container.register(SignUpEnrolment, { useValue: enrolment });
      // The real emulator account is created; only the compensating deletion fails.
      overrideIdentityProvider(container, (real) => {
        realIdentities = real;
        return { deleteAccount: () => Promise.reject(new IdentityProviderError('auth/internal-error')) };
      });
    });
  });
  afterAll(() => database.close());

  it('writes the orphan warning of a failed sign-up with that request id, and no personal data', async () => {
    enrolment.refuseEnrolWith = new AlreadyInUse();
    const res = await application.app.request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: NAME,
        email: EMAIL,
        password: 'correct-horse-battery',
        contactPermission: false,
        partnerAccessCode: 'ABC234',
      }),
    );
    expect(res.status).toBe(409);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();

    const index = lines.findIndex((line) => line.msg === ORPHAN_EVENT);
    const warning = lines[index];
    expect(warning).toMatchObject({ level: 40, reqId: requestId, code: 'IDENTITY_PROVIDER_ERROR' });
    expect(rawLines[index]).not.toContain(EMAIL);
    expect(rawLines[index]).not.toContain(NAME);
    // The orphan is real: remove it, as the operator would.
    await realIdentities.deleteAccount(String(warning?.firebaseUid));
  });

  it('falls back to the root logger outside a request', () => {
    application.container.resolve<OperationsLog>(OperationsLog).warn('outside any request', { n: 1 });
    const line = lines.find((entry) => entry.msg === 'outside any request');
    expect(line).toMatchObject({ level: 40, n: 1 });
    expect(line).not.toHaveProperty('reqId');
  });
});
