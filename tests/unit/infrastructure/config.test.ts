import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, needsLocalFirebaseEmulator } from '../../../src/infrastructure/config.js';
import { problems } from '../../support/config-problems.js';

const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nsecret-key-material\n-----END PRIVATE KEY-----\n';
const SERVICE_ACCOUNT = JSON.stringify({
  type: 'service_account',
  project_id: 'bloom-prod',
  private_key: PRIVATE_KEY,
  client_email: 'bloom@bloom-prod.iam.gserviceaccount.com',
});

const folder = mkdtempSync(join(tmpdir(), 'bloom-config-'));
const keyFile = join(folder, 'key.json');
writeFileSync(keyFile, SERVICE_ACCOUNT);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('configuration', () => {
  it('runs with nothing set: embedded database, local emulator, spec defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(35001);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './.data/pglite' });
    expect(config.firebase.projectId).toBe('demo-bloom');
    expect(needsLocalFirebaseEmulator(config)).toBe(true);
    expect(config).toMatchObject({
      accessCodeRateLimit: 10,
      rateLimit: 600,
      trustProxy: 0,
      worker: true,
      crisp: null,
    });
    expect(config.storyblok).toEqual({
      token: null,
      apiUrl: 'https://api.storyblok.com/v2',
      webhookSecret: null,
    });
    expect(config.corsOrigins).toBeNull();
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', PORT: '', ZAPIER_TOKEN: '' });
    expect(config.database.kind).toBe('pglite');
    expect(config.port).toBe(35001);
    expect(config.zapierToken).toBeNull();
  });

  it('lists every problem in one message', () => {
    const message = problems({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      WORKER: 'maybe',
      TRUST_PROXY: '-1',
    });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/WORKER/);
    expect(message).toMatch(/TRUST_PROXY/);
  });

  it('in production requires a database, a project and credentials, and refuses the emulator', () => {
    const message = problems({ NODE_ENV: 'production', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' });
    expect(message).toMatch(/DATABASE_URL: is required in production/);
    expect(message).toMatch(/FIREBASE_PROJECT_ID/);
    expect(message).toMatch(/FIREBASE_SERVICE_ACCOUNT/);
    expect(message).toMatch(/FIREBASE_AUTH_EMULATOR_HOST: is refused in production/);
  });

  it('accepts a complete production configuration and never starts an emulator there', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://bloom@db:5432/bloom',
      FIREBASE_PROJECT_ID: 'bloom-prod',
      FIREBASE_SERVICE_ACCOUNT: SERVICE_ACCOUNT,
      CORS_ORIGINS: 'https://bloom.chayn.co, https://admin.bloom.chayn.co, http://localhost:3000',
      SUPER_ADMIN_EMAIL_DOMAIN: 'Chayn.co',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://bloom@db:5432/bloom' });
    expect(needsLocalFirebaseEmulator(config)).toBe(false);
    expect(config.corsOrigins).toEqual([
      'https://bloom.chayn.co',
      'https://admin.bloom.chayn.co',
      'http://localhost:3000',
    ]);
    expect(config.firebase.serviceAccountJson).toBe(SERVICE_ACCOUNT);
    expect(config.superAdminEmailDomain).toBe('chayn.co');
  });

  it('defaults to no CORS origins in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/bloom',
      FIREBASE_PROJECT_ID: 'p',
      GOOGLE_APPLICATION_CREDENTIALS: keyFile,
    });
    expect(config.corsOrigins).toEqual([]);
    expect(config.firebase.credentialsFile).toBe(keyFile);
  });

  it('refuses a service account that is not JSON', () => {
    expect(problems({ FIREBASE_SERVICE_ACCOUNT: 'not json' })).toMatch(/FIREBASE_SERVICE_ACCOUNT/);
  });

  it('refuses a service account without its key fields, naming them but never quoting the value', () => {
    expect(problems({ FIREBASE_SERVICE_ACCOUNT: '{"type":"service_account"}' })).toMatch(
      /FIREBASE_SERVICE_ACCOUNT: .*project_id, private_key, client_email missing/,
    );
    const withoutEmail = JSON.stringify({ project_id: 'p', private_key: PRIVATE_KEY, client_email: 7 });
    const message = problems({ FIREBASE_SERVICE_ACCOUNT: withoutEmail });
    expect(message).toMatch(/FIREBASE_SERVICE_ACCOUNT: .*client_email missing or not a string/);
    expect(message).not.toMatch(/project_id,|private_key,/);
    expect(message).not.toContain('secret-key-material');
    expect(problems({ FIREBASE_SERVICE_ACCOUNT: '["secret-key-material"]' })).not.toContain(
      'secret-key-material',
    );
  });

  it('refuses a GOOGLE_APPLICATION_CREDENTIALS that is not a readable file', () => {
    const unreadable = join(folder, 'unreadable.json');
    writeFileSync(unreadable, SERVICE_ACCOUNT);
    chmodSync(unreadable, 0o000);
    const refused = [join(folder, 'missing.json'), folder];
    // root reads any file whatever its mode: the mode case only means something for other users.
    if (process.getuid?.() !== 0) refused.push(unreadable);
    for (const path of refused)
      expect(problems({ GOOGLE_APPLICATION_CREDENTIALS: path })).toMatch(
        /GOOGLE_APPLICATION_CREDENTIALS: must be the path of a readable file/,
      );
    expect(loadConfig({ GOOGLE_APPLICATION_CREDENTIALS: keyFile }).firebase.credentialsFile).toBe(keyFile);
  });

  it('refuses CORS_ORIGINS entries a browser Origin can never equal, listing each with the other problems', () => {
    const message = problems({
      PORT: 'eighty',
      CORS_ORIGINS: [
        'https://bloom.chayn.co/',
        'bloom.chayn.co',
        'https://bloom.chayn.co/app',
        'ftp://bloom.chayn.co',
        'https://Bloom.chayn.co',
        'https://bloom.chayn.co:443',
        '*',
        'https://ok.chayn.co',
      ].join(','),
    });
    expect(message).toMatch(/PORT/);
    const lines = message.split('\n').filter((line) => line.includes('CORS_ORIGINS'));
    expect(lines).toHaveLength(7);
    expect(message).toContain('"https://bloom.chayn.co/" is not an origin');
    expect(message).toContain('"bloom.chayn.co" is not an origin');
    expect(message).not.toContain('ok.chayn.co');
  });

  it('only enables Crisp delivery when all three credentials are present', () => {
    expect(loadConfig({ CRISP_WEBSITE_ID: 'w', CRISP_PLUGIN_ID: 'p' }).crisp).toBeNull();
    expect(loadConfig({ CRISP_WEBSITE_ID: 'w', CRISP_PLUGIN_ID: 'p', CRISP_PLUGIN_KEY: 'k' }).crisp).toEqual({
      websiteId: 'w',
      pluginId: 'p',
      pluginKey: 'k',
    });
  });
});
