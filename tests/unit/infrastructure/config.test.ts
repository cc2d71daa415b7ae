import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, needsLocalFirebaseEmulator } from '../../../src/infrastructure/config.js';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

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
      FIREBASE_SERVICE_ACCOUNT: '{"type":"service_account"}',
      CORS_ORIGINS: 'https://bloom.chayn.co, https://admin.bloom.chayn.co',
      SUPER_ADMIN_EMAIL_DOMAIN: 'Chayn.co',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://bloom@db:5432/bloom' });
    expect(needsLocalFirebaseEmulator(config)).toBe(false);
    expect(config.corsOrigins).toEqual(['https://bloom.chayn.co', 'https://admin.bloom.chayn.co']);
    expect(config.superAdminEmailDomain).toBe('chayn.co');
  });

  it('defaults to no CORS origins in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/bloom',
      FIREBASE_PROJECT_ID: 'p',
      GOOGLE_APPLICATION_CREDENTIALS: '/secrets/key.json',
    });
    expect(config.corsOrigins).toEqual([]);
  });

  it('refuses a service account that is not JSON', () => {
    expect(problems({ FIREBASE_SERVICE_ACCOUNT: 'not json' })).toMatch(/FIREBASE_SERVICE_ACCOUNT/);
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
