import { describe, expect, it } from 'vitest';
import { isIPv6Network, networkKey } from '../../../src/adapters/http/middleware/client-key.js';

describe('networkKey (the wider IPv6 budget of issue 15)', () => {
  it.each([
    ['2001:db8:aaaa:1::1', '2001:db8:aaaa::/48'],
    ['2001:0DB8:AAAA:ffff:1:2:3:4', '2001:db8:aaaa::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['203.0.113.5', '203.0.113.5'],
    ['unknown', 'unknown'],
  ])('keys %s at /48 as %s', (ip, key) => {
    expect(networkKey(ip, 48)).toBe(key);
  });

  it('tells IPv6 networks from IPv4 addresses, mapped ones included', () => {
    expect(isIPv6Network('2001:db8::1')).toBe(true);
    expect(isIPv6Network('::ffff:203.0.113.5')).toBe(false);
    expect(isIPv6Network('203.0.113.5')).toBe(false);
  });
});
