import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApplication, type Application } from '../../../src/infrastructure/application.js';
import { loadConfig } from '../../../src/infrastructure/config.js';
import { createLogger } from '../../../src/infrastructure/logger.js';
import { signIn } from '../../support/firebase-accounts.js';
import { bearer, insertPartner, insertPartnerAccess, signedInUser } from '../../support/fixtures.js';
import { jsonRequest } from '../../support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../../support/test-database.js';

const EMAIL = 'hardening-log-scan@example.com';
const NEW_EMAIL = 'hardening-log-scan-renamed@example.com';
const ADMIN_EMAIL = 'hardening-log-scan-admin@example.com';
const NAME = 'Zelda Quartermaine';
const NEW_NAME = 'Yolanda Featherstonehaugh';
const PASSWORD = 'Sturdy-Passphrase-4471';
const CODE = 'KKKKKK';
const FEEDBACK_TEXT = 'Private words about the session';
const EMAIL_PATTERN = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;

/**
 * SPEC 2: logs never contain emails, names, tokens or request bodies. A representative flow
 * (sign-up with a code, profile, edits, admin search by email, refusals, unknown routes,
 * deletion) runs against the real app with the production logger at its most verbose level,
 * writing to a capture; then every line is scanned.
 */
describe('what the logs hold after a representative flow', () => {
  let database: TestDatabase;
  let application: Application;
  let captured = '';
  const tokens: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        captured += chunk.toString();
        done();
      },
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      FIREBASE_AUTH_EMULATOR_HOST: inject('firebaseEmulatorHost'),
      FIREBASE_PROJECT_ID: inject('firebaseProjectId'),
      LOG_LEVEL: 'trace',
    });
    application = createApplication(config, database.orm, createLogger('trace', capture));
  });
  afterAll(() => database.close());

  const request = (path: string, init: RequestInit = {}) => application.app.request(path, init);

  it('holds request lines, and no email, name, password, token, code or body', async () => {
    const partnerId = await insertPartner(database.orm, { name: 'Bumble' });
    await insertPartnerAccess(database.orm, { partner_id: partnerId, access_code: CODE });
    const signUp = await request(
      '/api/v1/user',
      jsonRequest('POST', {
        name: NAME,
        email: EMAIL,
        password: PASSWORD,
        contactPermission: true,
        partnerAccessCode: CODE,
      }),
    );
    expect(signUp.status).toBe(201);
    const token = await signIn(inject('firebaseEmulatorHost'), EMAIL, PASSWORD);
    tokens.push(token);
    const admin = await signedInUser(database.orm, ADMIN_EMAIL, {
      is_super_admin: true,
      name: 'Admin Person',
    });
    tokens.push(admin.token);

    expect((await request('/api/v1/user/me', { headers: bearer(token) })).status).toBe(200);
    expect(
      (
        await request(
          '/api/v1/user',
          jsonRequest('PATCH', { name: NEW_NAME, email: NEW_EMAIL }, bearer(token)),
        )
      ).status,
    ).toBe(200);
    const search = encodeURIComponent(JSON.stringify({ email: NEW_EMAIL }));
    expect(
      (await request(`/api/v1/user?searchCriteria=${search}`, { headers: bearer(admin.token) })).status,
    ).toBe(200);
    expect(
      (
        await request(
          '/api/v1/session-feedback',
          jsonRequest(
            'POST',
            {
              sessionId: 'c0ffee00-0000-4000-8000-000000000001',
              feedbackTags: 'useful',
              feedbackDescription: FEEDBACK_TEXT,
            },
            bearer(token),
          ),
        )
      ).status,
    ).toBeLessThan(500);
    // Refusals: a bad code, malformed JSON quoting an email, a forged token, an unknown route with an email in it.
    expect(
      (
        await request(
          '/api/v1/partner-access/validate-code',
          jsonRequest('POST', { partnerAccessCode: 'QQQQQQ' }),
        )
      ).status,
    ).toBe(400);
    expect((await request('/api/v1/user', jsonRequest('POST', `{"email": "${EMAIL}", oops`))).status).toBe(
      400,
    );
    expect((await request('/api/v1/user/me', { headers: bearer(`${token.slice(0, -4)}AAAA`) })).status).toBe(
      401,
    );
    expect((await request(`/api/v1/nothing/${EMAIL}`)).status).toBe(404);
    expect((await request('/api/v1/user', { method: 'DELETE', headers: bearer(token) })).status).toBe(200);

    const lines = captured.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const parsed = lines.map((line) => JSON.parse(line) as { msg?: string; reqId?: string; route?: string });
    const requests = parsed.filter((line) => line.msg === 'request' && line.reqId);
    expect(requests.length).toBeGreaterThanOrEqual(10);
    // Route patterns, not paths: the unknown route's email is not there.
    expect(requests.map((line) => line.route)).toEqual(expect.arrayContaining(['/api/v1/user/me', '/*']));

    for (const secret of [
      EMAIL,
      NEW_EMAIL,
      ADMIN_EMAIL,
      NAME,
      NEW_NAME,
      'Admin Person',
      PASSWORD,
      CODE,
      FEEDBACK_TEXT,
      ...tokens,
    ]) {
      expect(captured).not.toContain(secret);
      expect(captured.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // No part of a token (the emulator's are unsigned: header and payload) and no email at all.
    for (const token of tokens)
      for (const part of token.split('.').filter((piece) => piece.length > 8))
        expect(captured).not.toContain(part);
    expect(captured).not.toMatch(EMAIL_PATTERN);
    expect(captured).not.toContain('Zelda');
    expect(captured).not.toContain('Yolanda');
  });
});
