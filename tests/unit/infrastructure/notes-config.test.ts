import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infrastructure/config.js';
import { problems } from '../../support/config-problems.js';

const HOOKS = {
  RESPOND_IO_CREATE_CONTACT_WEBHOOK: 'https://hooks.zapier.com/hooks/catch/1/create',
  RESPOND_IO_DELETE_CONTACT_WEBHOOK: 'https://hooks.zapier.com/hooks/catch/1/delete',
};
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/bloom',
  FIREBASE_PROJECT_ID: 'bloom',
  FIREBASE_SERVICE_ACCOUNT: JSON.stringify({ project_id: 'p', private_key: 'k', client_email: 'e@x.y' }),
};

/** SPEC 13.8: the contact hooks and the event-log retention. */
describe('contact-sync and event-log configuration', () => {
  it('has no contact hooks and 730 days of events by default', () => {
    expect(loadConfig({})).toMatchObject({ respondIo: null, eventLogRetentionDays: 730 });
  });

  it('takes both hooks together, and a retention in whole days', () => {
    expect(loadConfig({ ...HOOKS, EVENT_LOG_RETENTION_DAYS: '30' })).toMatchObject({
      respondIo: {
        createContactWebhook: HOOKS.RESPOND_IO_CREATE_CONTACT_WEBHOOK,
        deleteContactWebhook: HOOKS.RESPOND_IO_DELETE_CONTACT_WEBHOOK,
      },
      eventLogRetentionDays: 30,
    });
    expect(problems({ EVENT_LOG_RETENTION_DAYS: '0' })).toContain('EVENT_LOG_RETENTION_DAYS');
    expect(problems({ EVENT_LOG_RETENTION_DAYS: 'two years' })).toContain('EVENT_LOG_RETENTION_DAYS');
  });

  it('refuses one hook without the other, and a hook that is not a URL', () => {
    expect(
      problems({ RESPOND_IO_CREATE_CONTACT_WEBHOOK: HOOKS.RESPOND_IO_CREATE_CONTACT_WEBHOOK }),
    ).toContain('RESPOND_IO_DELETE_CONTACT_WEBHOOK: is required');
    expect(problems({ ...HOOKS, RESPOND_IO_DELETE_CONTACT_WEBHOOK: 'not a url' })).toContain(
      'RESPOND_IO_DELETE_CONTACT_WEBHOOK',
    );
  });

  it('wants https hooks in production, and accepts loopback http elsewhere', () => {
    const http = { ...HOOKS, RESPOND_IO_CREATE_CONTACT_WEBHOOK: 'http://hooks.example.org/create' };
    expect(problems({ ...PRODUCTION, ...http })).toContain(
      'RESPOND_IO_CREATE_CONTACT_WEBHOOK: must be an https:// URL in production',
    );
    expect(loadConfig({ ...PRODUCTION, ...HOOKS }).respondIo).not.toBeNull();
    expect(loadConfig({ ...http, NODE_ENV: 'test' }).respondIo?.createContactWebhook).toBe(
      'http://hooks.example.org/create',
    );
  });
});
