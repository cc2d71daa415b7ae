import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidStoryblokSignature } from '../../../src/adapters/http/storyblok-signature.js';

const SECRET = 'webhook-secret-1';
const BODY = '{"action":"published","story_id":1001,"space_id":42}';

function sign(body: string | Uint8Array, secret = SECRET): string {
  return createHmac('sha1', secret).update(body).digest('hex');
}

describe('isValidStoryblokSignature', () => {
  it('accepts the lower-case hex HMAC-SHA1 of the raw body', () => {
    expect(isValidStoryblokSignature(BODY, sign(BODY), SECRET)).toBe(true);
    expect(isValidStoryblokSignature(new TextEncoder().encode(BODY), sign(BODY), SECRET)).toBe(true);
  });

  it('refuses a signature made with another secret or over another body', () => {
    expect(isValidStoryblokSignature(BODY, sign(BODY, 'other-secret'), SECRET)).toBe(false);
    expect(isValidStoryblokSignature(BODY, sign(BODY.replace('1001', '1002')), SECRET)).toBe(false);
  });

  it('refuses the right digest in upper case', () => {
    expect(isValidStoryblokSignature(BODY, sign(BODY).toUpperCase(), SECRET)).toBe(false);
  });

  it('refuses a signature of another length without throwing', () => {
    expect(isValidStoryblokSignature(BODY, sign(BODY).slice(0, -2), SECRET)).toBe(false);
    expect(isValidStoryblokSignature(BODY, `${sign(BODY)}00`, SECRET)).toBe(false);
    expect(isValidStoryblokSignature(BODY, 'é'.repeat(20), SECRET)).toBe(false);
  });

  it('refuses a missing or empty header', () => {
    expect(isValidStoryblokSignature(BODY, undefined, SECRET)).toBe(false);
    expect(isValidStoryblokSignature(BODY, null, SECRET)).toBe(false);
    expect(isValidStoryblokSignature(BODY, '', SECRET)).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(isValidStoryblokSignature(BODY, sign(BODY, ''), null)).toBe(false);
    expect(isValidStoryblokSignature(BODY, sign(BODY, ''), '')).toBe(false);
  });

  it('checks the bytes as received, not the JSON they parse to', () => {
    const raw = '{ "action": "published",\n  "story_id": 1001 }\n';
    const reserialised = JSON.stringify(JSON.parse(raw));

    expect(isValidStoryblokSignature(raw, sign(raw), SECRET)).toBe(true);
    expect(isValidStoryblokSignature(raw, sign(reserialised), SECRET)).toBe(false);
    expect(isValidStoryblokSignature(reserialised, sign(raw), SECRET)).toBe(false);
  });
});
