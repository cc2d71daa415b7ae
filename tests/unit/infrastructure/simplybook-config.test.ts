import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infrastructure/config.js';
import { problems } from '../../support/config-problems.js';

const CREDENTIALS = {
  SIMPLYBOOK_COMPANY: 'chayn',
  SIMPLYBOOK_LOGIN: 'bloom-api',
  SIMPLYBOOK_PASSWORD: 'hunter2-but-longer',
};

/** SPEC 12.3 and 13.8: the SIMPLYBOOK_* variables. */
describe('Simplybook configuration', () => {
  it('is off with nothing set, and points at the real admin API by default', () => {
    expect(loadConfig({}).simplybook).toBeNull();
    expect(loadConfig(CREDENTIALS).simplybook).toEqual({
      apiUrl: 'https://user-api-v2.simplybook.me/admin',
      ...{ company: 'chayn', login: 'bloom-api', password: 'hunter2-but-longer' },
      totpSecret: null,
    });
  });

  it('stops start-up when only some of the three credentials are set, naming each missing one', () => {
    const message = problems({ SIMPLYBOOK_LOGIN: 'bloom-api' });
    expect(message).toContain('SIMPLYBOOK_COMPANY: is required');
    expect(message).toContain('SIMPLYBOOK_PASSWORD: is required');
    expect(message).not.toContain('SIMPLYBOOK_LOGIN:');
    expect(problems({ SIMPLYBOOK_TOTP_SECRET: 'JBSWY3DPEHPK3PXP' })).toContain(
      'SIMPLYBOOK_TOTP_SECRET: is set but',
    );
  });

  it('accepts a base32 TOTP secret in any case and grouping, and refuses others without quoting them', () => {
    const config = loadConfig({
      ...CREDENTIALS,
      SIMPLYBOOK_TOTP_SECRET: 'jbsw y3dp ehpk 3pxp',
      SIMPLYBOOK_API_URL: 'http://127.0.0.1:9/admin/',
    });
    expect(config.simplybook).toMatchObject({
      totpSecret: 'JBSWY3DPEHPK3PXP',
      apiUrl: 'http://127.0.0.1:9/admin',
    });
    const message = problems({ ...CREDENTIALS, SIMPLYBOOK_TOTP_SECRET: 'not-base32-secret-1' });
    expect(message).toContain('SIMPLYBOOK_TOTP_SECRET: must be a base32 TOTP secret');
    expect(message).not.toContain('not-base32-secret-1');
    expect(problems({ ...CREDENTIALS, SIMPLYBOOK_API_URL: 'nope' })).toContain('SIMPLYBOOK_API_URL');
  });
});
