import { describe, expect, it } from 'vitest';
import { isValidZapierToken } from '../../../src/adapters/http/zapier-token.js';

const TOKEN = 'zapier-shared-secret';

describe('isValidZapierToken', () => {
  it('accepts `Basic <raw token>`', () => {
    expect(isValidZapierToken(`Basic ${TOKEN}`, TOKEN)).toBe(true);
    expect(isValidZapierToken(`basic  ${TOKEN} `, TOKEN)).toBe(true);
  });

  it('refuses a wrong, longer, shorter or base64-encoded token, and other schemes', () => {
    for (const header of [
      'Basic wrong',
      `Basic ${TOKEN}x`,
      `Basic ${TOKEN.slice(0, -1)}`,
      `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`,
      `Bearer ${TOKEN}`,
      TOKEN,
      'Basic ',
    ]) {
      expect(isValidZapierToken(header, TOKEN)).toBe(false);
    }
  });

  it('refuses everything when no header is sent or no token is configured', () => {
    expect(isValidZapierToken(undefined, TOKEN)).toBe(false);
    expect(isValidZapierToken(`Basic ${TOKEN}`, null)).toBe(false);
    expect(isValidZapierToken('Basic ', '')).toBe(false);
  });
});
